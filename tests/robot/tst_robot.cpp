// presso-robot against a real server: a run completes with every check holding, and the
// checks themselves catch a lost event, a doubled end and a reused number.
#include "robot.h"
#include "robotcli.h"
#include "testcert.h"
#include "testserver.h"
#include "verifier.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace presso;
using namespace presso::robot;
using namespace presso::test;

namespace {
// The server's clock during a robot run: it follows real time, so that the rate limit's
// one-second window passes as in a shop; once the run drains it runs a minute every
// 50 ms, so that the deadline of an order whose submit a cut took passes, as it would.
class RunClock
{
public:
    RunClock(ManualClock &clock, Robot &robot)
    {
        m_real.start();
        QObject::connect(&m_tick, &QTimer::timeout, &clock, [this, &clock] {
            const qint64 real = m_real.restart();
            clock.advance(m_draining ? real * 1200 : real);
        });
        QObject::connect(&robot, &Robot::draining, &m_tick, [this] { m_draining = true; });
        m_tick.start(10);
    }

private:
    QTimer m_tick;
    QElapsedTimer m_real;
    bool m_draining = false;
};

// A robot run on a test server, started at once, on the RunClock.
struct ClockedRun
{
    ClockedRun(TestServer &server, const RobotConfig &config)
        : robot(config)
        , finished(&robot, &Robot::finished)
        , time(server.clock(), robot)
    {
        robot.start();
    }
    // Waits for the end: true when it ended with every check holding.
    bool endsWell(int timeoutMs)
    {
        return finished.wait(timeoutMs) && finished.first().first().toInt() == 0
            && robot.report().value(QStringLiteral("ok")).toBool();
    }
    QByteArray problems() const
    {
        return finished.isEmpty() ? QByteArray("the run did not end in time")
                                  : QJsonDocument(robot.report().value(QStringLiteral("problems")).toArray()).toJson();
    }

    Robot robot;
    QSignalSpy finished;
    RunClock time;
};
} // namespace

class TestRobot : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void runHoldsEveryCheck();
    void runsOverTlsTrustingTheShopsCertificate();
    void checksCatchWhatWentWrong();
    void hundredCutLinksLoseNothing();
};

void TestRobot::initTestCase()
{
    // --ca-cert is remembered: in a test's own settings, not the user's.
    QStandardPaths::setTestModeEnabled(true);
}

void TestRobot::runsOverTlsTrustingTheShopsCertificate()
{
    QTemporaryDir dir;
    const TestCertificate made = makeTestCertificate(dir.path());
    QVERIFY2(made.ok(), "openssl could not make a test certificate");
    TestServer server;
    server.serveTls(made.serverTls());
    QCOMPARE(server.url().scheme(), QStringLiteral("wss"));
    const QString admin = server.addDevice(Role::Admin, QStringLiteral("robot-admin"));

    // As typed: every connection the robot opens (admin, kiosks, baristas, displays)
    // trusts the certificate named by --ca-cert, and no other.
    RobotCommandLine commandLine;
    QVERIFY(commandLine.parser().parse({QStringLiteral("presso-robot"), QStringLiteral("--server"), server.url().toString(),
                                        QStringLiteral("--token"), admin, QStringLiteral("--ca-cert"), made.cert,
                                        QStringLiteral("--kiosks"), QStringLiteral("2"), QStringLiteral("--displays"),
                                        QStringLiteral("1"), QStringLiteral("--journeys"), QStringLiteral("6"),
                                        QStringLiteral("--rate"), QStringLiteral("50"), QStringLiteral("--raise-limits")}));
    QString error;
    const std::optional<RobotConfig> c = commandLine.config(&error);
    QVERIFY2(c, qPrintable(error));
    QCOMPARE(c->caCertificates.size(), 1);
    ClockedRun run(server, *c);
    QVERIFY2(run.endsWell(60'000), run.problems().constData());
    const QJsonObject report = run.robot.report();
    QCOMPARE(report.value(QStringLiteral("ordersStarted")).toInt(), 6);
}

void TestRobot::runHoldsEveryCheck()
{
    TestServer server;
    RobotConfig c;
    c.servers = {server.url()};
    c.adminToken = server.addDevice(Role::Admin, QStringLiteral("robot-admin"));
    c.kiosks = 3;
    c.baristas = 2;
    c.displays = 2;
    c.journeys = 40;
    c.rate = 200;
    c.raiseLimits = true;
    c.drainSec = 60;
    ClockedRun run(server, c);
    QVERIFY2(run.endsWell(120'000), run.problems().constData());
    const QJsonObject report = run.robot.report();
    QCOMPARE(report.value(QStringLiteral("ordersStarted")).toInt(), 40);
    const QJsonObject ends = report.value(QStringLiteral("ends")).toObject();
    QCOMPARE(ends.value(QStringLiteral("OrderManager.OrderCompleted")).toInt()
                 + ends.value(QStringLiteral("OrderManager.OrderCancelled")).toInt(),
             40);
    // The robot's counts are the server's.
    QCOMPARE(server.services().storage.openOrders().size(), 0);
    QCOMPARE(server.services().storage.ordersInStates({QStringLiteral("COMPLETED")}, 1000).size(),
             ends.value(QStringLiteral("OrderManager.OrderCompleted")).toInt());
    QVERIFY(report.value(QStringLiteral("latencyMs")).toObject().contains(QStringLiteral("op qr.redeem")));
}

void TestRobot::checksCatchWhatWentWrong()
{
    QHash<QString, Journey> journeys;
    journeys.insert(QStringLiteral("a"), Journey{QStringLiteral("a"), QStringLiteral("k1"), 1, QStringLiteral("2026-11-22"),
                                                 {QStringLiteral("OrderManager.OrderCompleted")}, {}});
    journeys.insert(QStringLiteral("b"), Journey{QStringLiteral("b"), QStringLiteral("k1"), 1, QStringLiteral("2026-11-22"),
                                                 {QStringLiteral("OrderManager.OrderCompleted"),
                                                  QStringLiteral("OrderManager.OrderCancelled")}, {}});
    const QHash<QString, QString> states{{QStringLiteral("a"), QStringLiteral("CANCELLED")},
                                         {QStringLiteral("b"), QStringLiteral("COMPLETED")}};
    const QStringList ends = checkJourneys(journeys, states);
    QCOMPARE(ends.size(), 2); // a: the server disagrees; b: ended twice
    QCOMPARE(checkNumbers(journeys).size(), 1);

    std::vector<std::unique_ptr<ClientTrace>> traces;
    traces.push_back(std::make_unique<ClientTrace>());
    traces.back()->name = QStringLiteral("display");
    traces.back()->role = Role::Display;
    traces.back()->segments.append({10, {11, 13}});
    const QList<LoggedEvent> log{{11, EventType::WaitingCompletion, QStringLiteral("a")},
                                 {12, EventType::MakeOrder, QStringLiteral("a")},
                                 {13, EventType::OrderCompleted, QStringLiteral("a")},
                                 {14, EventType::OrderFinished, QStringLiteral("a")}};
    QCOMPARE(checkTraces(traces, log, 14, journeys).size(), 1); // seq 12 was missed
    traces.back()->segments.first().seen = {11, 12, 13};
    QVERIFY(checkTraces(traces, log, 14, journeys).isEmpty()); // 14 is staff-only
    // Dropped after 11 and back with a snapshot as of 13: 12 and 13 are the snapshot's.
    traces.back()->segments.first().seen = {11};
    traces.back()->segments.append(ClientTrace::Segment{13, {}});
    QVERIFY(checkTraces(traces, log, 14, journeys).isEmpty());
    // But a hole inside a segment is still caught.
    traces.back()->segments.first().seen = {11, 13};
    QCOMPARE(checkTraces(traces, log, 14, journeys).size(), 1);
}

// Network faults: a hundred client links cut at random mid-run. Every client is live again
// within 5 s, retried requests run once, and no client misses an event.
void TestRobot::hundredCutLinksLoseNothing()
{
    TestServer server;
    RobotConfig c;
    c.servers = {server.url()};
    c.adminToken = server.addDevice(Role::Admin, QStringLiteral("robot-admin"));
    c.kiosks = 3;
    c.baristas = 2;
    c.displays = 3;
    c.durationSec = 2; // and on until the hundredth cut
    c.rate = 30;
    c.raiseLimits = true;
    c.dropLinks = 100;
    c.drainSec = 60;
    ClockedRun run(server, c);
    QVERIFY2(run.endsWell(120'000), run.problems().constData());
    const QJsonObject report = run.robot.report();
    const QJsonObject reconnect = report.value(QStringLiteral("latencyMs")).toObject()
                                      .value(QStringLiteral("reconnect after a cut")).toObject();
    QVERIFY(reconnect.value(QStringLiteral("count")).toInt() >= 90);
    QVERIFY(reconnect.value(QStringLiteral("max")).toDouble() <= 5000);
}

QTEST_GUILESS_MAIN(TestRobot)
#include "tst_robot.moc"

// Power cuts on PostgreSQL: the real server on a real PostgreSQL 15 cluster, the
// database server killed with SIGKILL (the postmaster and every process it started) at a
// random moment while a kiosk and a barista place and move orders, then started again
// on the same data. PostgreSQL's own guarantee (a commit is in the WAL, flushed, before
// it is acknowledged) is the anchor; what is checked is presso's side of it:
// - while the database is down every request gets a clear error (INTERNAL, "try again
//   with the same requestId"), none is acknowledged, and /healthz says 503;
// - once it is back /healthz says 200 without a restart of presso, and a request left
//   unanswered by the kill, sent again with its requestId, runs at most once;
// - every order a client was told `ok` for is there in the state it was told, numbers
//   unique and gapless, no seq gap in the event log, no deadline missed.
//
// PRESSO_PG_CUTS sets the number of kills (5 by default; `make test-long` runs 100).
#include "httpsupport.h"
#include "openstorage.h"
#include "ordersworkload.h"
#include "pgcluster.h"

#include <QLoggingCategory>
#include <QTest>
#include <condition_variable>
#include <thread>

using namespace presso;
using namespace presso::test;

namespace {

// Kills the cluster from another thread after a random delay: the server and its
// clients share the test's thread, so only another thread's kill can land in the middle
// of a commit. The delay is the fault's moment, not a wait for anything.
class Killer
{
public:
    Killer(PgCluster &pg, std::chrono::milliseconds after)
        : m_thread([this, &pg, after] {
            std::unique_lock lock(m_mutex);
            m_wake.wait_for(lock, after);
            m_killed = pg.kill();
            m_done = true;
        })
    {
    }
    ~Killer() { m_thread.join(); }
    bool done() const { return m_done; }
    int killed() const { return m_killed; }

private:
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::atomic<bool> m_done = false;
    std::atomic<int> m_killed = 0;
    std::thread m_thread;
};

QtMessageHandler g_defaultHandler = nullptr;

// Qt Sql warns, outside any logging category, of every statement tried while the
// database is down: expected here by the hundred.
void quietWhileDown(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.startsWith(QLatin1String("QSqlQuery::prepare: database not open"))
        || message.startsWith(QLatin1String("QPSQLDriver::"))
        || message.startsWith(QLatin1String("Unable to free statement")))
        return;
    g_defaultHandler(type, context, message);
}

int healthStatus(const QUrl &server)
{
    return exchange(server, {"GET /healthz HTTP/1.1\r\nHost: shop\r\n\r\n"}).status;
}

} // namespace

class TestPgPowerCut : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void acknowledgedOrdersSurviveKills();

private:
    PgCluster m_pg;
};

void TestPgPowerCut::initTestCase()
{
    QVERIFY2(m_pg.isRunning(), qPrintable(m_pg.error()));
    // Every cut makes the server log its lost connection: only the unexpected is worth a line.
    QLoggingCategory::setFilterRules(QStringLiteral("presso.*.info=false\npresso.*.debug=false\n"
                                                    "presso.*.warning=false\npresso.*.critical=false"));
    g_defaultHandler = qInstallMessageHandler(quietWhileDown);
}

void TestPgPowerCut::acknowledgedOrdersSurviveKills()
{
    const int cuts = qEnvironmentVariableIntValue("PRESSO_PG_CUTS") > 0 ? qEnvironmentVariableIntValue("PRESSO_PG_CUTS") : 5;
    const QString uri = m_pg.createDatabase(QStringLiteral("powercut"));
    TestShop shop(uri);
    std::mt19937 random(19);
    OrdersWorkload work(shop, random);
    int refusedWhileDown = 0, inFlight = 0, steps = 0;
    qint64 killMs = 0, downMs = 0, restartMs = 0, healthyMs = 0;
    QElapsedTimer phase;
    for (int cut = 0; cut < cuts; ++cut) {
        const int internalBefore = work.internalErrors();
        phase.start();
        {
            Killer killer(m_pg, std::chrono::milliseconds(std::uniform_int_distribution<int>(20, 400)(random)));
            for (int i = 0; i < 2000 && !killer.done(); ++i, ++steps)
                work.step();
            QVERIFY2(killer.done() || QTest::qWaitFor([&] { return killer.done(); }, 10'000), "the cluster was not killed");
            QVERIFY2(killer.killed() > 0, "no PostgreSQL process to kill");
        }
        inFlight += work.internalErrors() - internalBefore;
        killMs += phase.restart();
        // Down: nothing is acknowledged, every request is refused, the health check says so.
        const int acknowledged = work.acknowledged(), internal = work.internalErrors();
        for (int i = 0; i < 6; ++i)
            work.step();
        QCOMPARE(work.acknowledged(), acknowledged);
        refusedWhileDown += work.internalErrors() - internal;
        QCOMPARE(healthStatus(shop.server.url()), 503);
        const Response ping = shop.barista->call(QStringLiteral("ping"));
        QVERIFY(!ping.ok);
        QCOMPARE(ping.error.code, ErrorCode::Internal);
        QVERIFY2(ping.error.message.contains(QLatin1String("requestId")), qPrintable(ping.error.message));

        downMs += phase.restart();
        QVERIFY2(m_pg.restart(), qPrintable(m_pg.error()));
        restartMs += phase.restart();
        QTRY_COMPARE_WITH_TIMEOUT(healthStatus(shop.server.url()), 200, 20'000);
        healthyMs += phase.restart();
        QVERIFY2(work.settle(), "a request still has no answer after the database came back");
        shop.server.services().processor.processDue();
        const auto store = openStorage(uri, shop.server.dataDir());
        checkStore(*store, shop.server.clock().now(), work.told(), shop.admin->events());
        if (QTest::currentTestFailed()) {
            qWarning("PostgreSQL kill %d failed", cut);
            return;
        }
    }
    qInfo("%d kills of PostgreSQL, %d steps, %d orders, %d requests acknowledged; %d refused around the kill "
          "(in flight or after it), %d refused while down; every unanswered request settled by its requestId. "
          "Per kill on average: workload until the kill %lld ms, down %lld ms, cluster restart %lld ms, "
          "then /healthz 200 after %lld ms",
          cuts, steps, int(work.told().size()), work.acknowledged(), inFlight, refusedWhileDown, killMs / cuts,
          downMs / cuts, restartMs / cuts, healthyMs / cuts);
}

QTEST_MAIN(TestPgPowerCut)
#include "tst_pgpowercut.moc"

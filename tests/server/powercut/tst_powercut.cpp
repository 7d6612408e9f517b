// Power cuts: the real server on a real SQLite file, its writes going through a VFS that
// can lose everything not yet synced (powercutvfs.h). Each run places orders over the
// real protocol, cuts the power at a random write or sync, leaves the files as a disk
// might, restarts, and checks that everything the clients were told survived:
// every acknowledged order in the state it was told (or one an unanswered request or a
// deadline could have moved it to), numbers unique and gapless per day, no seq gap,
// every event a client saw still in the log, and no deadline missed or run early.
//
// PRESSO_POWER_CUTS sets the number of runs (50 by default; `make test-long` runs 1,000).
#include "powercutvfs.h"
#include "testshop.h"

#include <QHash>
#include <QLoggingCategory>
#include <QTest>
#include <set>

using namespace presso;
using namespace presso::test;

namespace {

// What the clients were told of one order, and the state a request left unanswered
// might have moved it to.
struct Told
{
    QString token;
    OrderState state = OrderState::AwaitingOrder;
    std::optional<int> number;
    std::optional<OrderState> unanswered;
};

// The workload: one request at a time from a kiosk and a barista, and the clock moving.
class Workload
{
public:
    Workload(TestShop &shop, std::mt19937 &random) : m_shop(shop), m_random(random) {}

    void step();
    const QHash<QString, Told> &told() const { return m_told; }

private:
    QString pick(OrderState state);
    void act(const QString &id, const QString &op, OrderState to, WsProbe &probe);

    TestShop &m_shop;
    std::mt19937 &m_random;
    QHash<QString, Told> m_told;
};

QString Workload::pick(OrderState state)
{
    QStringList ids;
    for (auto it = m_told.cbegin(); it != m_told.cend(); ++it) {
        if (it->state == state)
            ids.append(it.key());
    }
    if (ids.isEmpty())
        return {};
    std::sort(ids.begin(), ids.end());
    return ids.at(std::uniform_int_distribution<qsizetype>(0, ids.size() - 1)(m_random));
}

void Workload::act(const QString &id, const QString &op, OrderState to, WsProbe &probe)
{
    if (id.isEmpty())
        return;
    Told &t = m_told[id];
    QJsonObject args{{QStringLiteral("orderId"), id}};
    if (&probe == m_shop.kiosk.get())
        args.insert(QStringLiteral("orderToken"), t.token);
    if (op == QLatin1String("order.submit"))
        args.insert(QStringLiteral("drink"), QStringLiteral("Latte"));
    const Response r = probe.call(op, args);
    if (r.ok) {
        t.state = to;
        t.unanswered.reset();
        const QJsonValue number = r.result.value(QStringLiteral("order")).toObject().value(QStringLiteral("number"));
        if (number.isDouble())
            t.number = number.toInt();
    } else if (r.error.code == ErrorCode::Internal) {
        t.unanswered = to; // stored or not: the client cannot know
    }
}

void Workload::step()
{
    switch (std::uniform_int_distribution<int>(0, 9)(m_random)) {
    case 0:
    case 1:
    case 2: {
        const TestShop::Redeemed r = m_shop.redeem(*m_shop.kiosk);
        if (!r.orderId.isEmpty()) {
            Told t;
            t.token = r.orderToken;
            m_told.insert(r.orderId, t);
        }
        break;
    }
    case 3:
    case 4:
        act(pick(OrderState::AwaitingOrder), QStringLiteral("order.submit"), OrderState::Queued, *m_shop.kiosk);
        break;
    case 5:
        act(pick(OrderState::Queued), QStringLiteral("order.claim"), OrderState::InProduction, *m_shop.barista);
        break;
    case 6:
    case 7:
        act(pick(OrderState::InProduction), QStringLiteral("order.complete"), OrderState::Completed, *m_shop.barista);
        break;
    case 8:
        act(pick(OrderState::Queued), QStringLiteral("order.cancel"), OrderState::Cancelled, *m_shop.kiosk);
        break;
    default:
        m_shop.server.clock().advance(std::uniform_int_distribution<Millis>(10'000, 240'000)(m_random));
        break;
    }
}

QStringList allStates()
{
    QStringList names;
    for (OrderState s : {OrderState::AwaitingOrder, OrderState::Queued, OrderState::InProduction,
                         OrderState::Completed, OrderState::Cancelled, OrderState::TimedOut})
        names.append(orderStateName(s));
    return names;
}

} // namespace

class TestPowerCut : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void acknowledgedOrdersSurvive();

private:
    // Checks the store after the restart against what the clients were told.
    void check(TestServer &server, const QHash<QString, Told> &told, const QList<EventFrame> &seen);

    qint64 m_operationsPerRun = 0;
};

void TestPowerCut::initTestCase()
{
    PowerCut::install();
    // Every run starts a shop and times orders out: only what goes wrong is worth a line.
    QLoggingCategory::setFilterRules(QStringLiteral("presso.*.info=false\npresso.*.debug=false"));
    // How many writes and syncs a run of 40 steps makes: the cuts fall within that.
    std::mt19937 random(1);
    TestShop shop;
    PowerCut::count();
    Workload work(shop, random);
    for (int i = 0; i < 40; ++i)
        work.step();
    m_operationsPerRun = PowerCut::operations();
    QVERIFY2(m_operationsPerRun > 40, "the workload does not write through the power-cut VFS");
}

void TestPowerCut::acknowledgedOrdersSurvive()
{
    const int runs = qEnvironmentVariableIntValue("PRESSO_POWER_CUTS") > 0
                         ? qEnvironmentVariableIntValue("PRESSO_POWER_CUTS") : 50;
    PowerCut::Damage total;
    int told = 0;
    for (int run = 0; run < runs; ++run) {
        std::mt19937 random(1000 + run);
        TestShop shop;
        PowerCut::armAfter(std::uniform_int_distribution<qint64>(1, m_operationsPerRun)(random));
        Workload work(shop, random);
        for (int i = 0; i < 400 && !PowerCut::hasCut(); ++i)
            work.step();
        QVERIFY2(PowerCut::hasCut(), "the power never went");
        work.step(); // a request after the cut is refused, never acknowledged
        const QList<EventFrame> seen = shop.admin->events();
        shop.server.stop();
        const PowerCut::Damage damage = PowerCut::restore(random);
        total.kept += damage.kept;
        total.lost += damage.lost;
        total.torn += damage.torn;
        told += int(work.told().size());
        shop.server.restart();
        check(shop.server, work.told(), seen);
        if (QTest::currentTestFailed()) {
            qWarning("power cut run %d (seed %d) failed", run, 1000 + run);
            return;
        }
    }
    qInfo("%d power cuts, %d orders acknowledged; unsynced writes kept %d, lost %d, torn %d",
          runs, told, total.kept, total.lost, total.torn);
    QVERIFY2(total.lost + total.torn > 0, "no cut lost anything: the test proves nothing");
}

void TestPowerCut::check(TestServer &server, const QHash<QString, Told> &told, const QList<EventFrame> &seen)
{
    SqliteStorage store(server.databasePath());
    const Millis now = server.clock().now();
    QHash<QString, QList<int>> numbersByDay;
    for (const OrderRecord &r : store.ordersInStates(allStates(), 1'000'000)) {
        const Order &o = r.order;
        if (o.number)
            numbersByDay[r.day].append(*o.number);
        if (isOpen(o.state) && o.deadline)
            QVERIFY2(*o.deadline > now, qPrintable(o.id.value + " outlived its deadline"));
        if (o.state == OrderState::TimedOut && o.deadline && o.finishedAt)
            QVERIFY2(*o.finishedAt >= *o.deadline, qPrintable(o.id.value + " timed out early"));
    }
    for (auto it = numbersByDay.begin(); it != numbersByDay.end(); ++it) {
        std::sort(it->begin(), it->end());
        for (int i = 0; i < it->size(); ++i)
            QVERIFY2(it->at(i) == i + 1, qPrintable("the numbers of " + it.key() + " repeat or skip"));
    }
    for (auto it = told.cbegin(); it != told.cend(); ++it) {
        const auto stored = store.order(OrderId{it.key()});
        QVERIFY2(stored, qPrintable("acknowledged order lost: " + it.key()));
        const OrderState s = stored->order.state;
        const bool expected = s == it->state || (it->unanswered && s == *it->unanswered)
                              || (isOpen(it->state) && s == OrderState::TimedOut);
        QVERIFY2(expected, qPrintable(QStringLiteral("%1 was told %2, stored %3")
                                          .arg(it.key(), orderStateName(it->state), orderStateName(s))));
        if (it->number)
            QCOMPARE(stored->order.number, it->number);
    }
    const QList<StoredEvent> log = store.eventsAfter(0, 1'000'000);
    for (int i = 1; i < log.size(); ++i)
        QVERIFY2(log.at(i).seq == log.at(i - 1).seq + 1, "a seq gap in the event log");
    std::set<qint64> logged;
    for (const StoredEvent &e : log)
        logged.insert(e.seq);
    for (const EventFrame &f : seen)
        QVERIFY2(logged.count(f.seq), qPrintable(QStringLiteral("event %1, seen by a client, is lost").arg(f.seq)));
}

QTEST_MAIN(TestPowerCut)
#include "tst_powercut.moc"

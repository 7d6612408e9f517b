// Power cuts: the real server on a real SQLite file, its writes going through a VFS that
// can lose everything not yet synced (powercutvfs.h). Each run places orders over the
// real protocol, cuts the power at a random write or sync, leaves the files as a disk
// might, restarts, and checks that everything the clients were told survived:
// every acknowledged order in the state it was told (or one an unanswered request or a
// deadline could have moved it to), numbers unique and gapless per day, no seq gap,
// every event a client saw still in the log, and no deadline missed or run early.
//
// PRESSO_POWER_CUTS sets the number of runs (50 by default; `make test-long` runs 1,000).
#include "ordersworkload.h"
#include "powercutvfs.h"

#include <QLoggingCategory>
#include <QTest>

using namespace presso;
using namespace presso::test;

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
    OrdersWorkload work(shop, random);
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
        OrdersWorkload work(shop, random);
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
    checkStore(store, server.clock().now(), told, seen);
}

QTEST_MAIN(TestPowerCut)
#include "tst_powercut.moc"

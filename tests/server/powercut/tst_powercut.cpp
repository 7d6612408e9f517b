// Power cuts: the real server on a real SQLite file, its writes going through a VFS that
// can lose everything not yet synced (powercutvfs.h). Each run places orders over the
// real protocol, cuts the power at a random write or sync, leaves the files as a disk
// might, restarts, and checks that everything the clients were told survived:
// every acknowledged order in the state it was told (or one an unanswered request or a
// deadline could have moved it to), numbers unique and gapless per day, no seq gap,
// every event a client saw still in the log, and no deadline missed or run early.
//
// The server syncs its WAL on the WalSyncer's thread and answers a batch only once that
// sync has finished: some random cuts fall on that thread's sync or on the next batch's
// writes while it runs, and a second series cuts the power at the syncer's sync itself
// (a committed batch waiting for it); none may lose anything that was told "ok".
//
// PRESSO_POWER_CUTS sets the number of runs (50 by default, and 10 at the syncer's sync;
// `make test-long` runs 1,000 and 200).
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
    void aCutAtTheSyncersSyncLosesNothingTold();

private:
    // One run: the workload until the power goes (arm says when), the files left as a
    // disk might have them, a restart, and the check.
    void cutOnce(int seed, const std::function<void(std::mt19937 &)> &arm);
    // runs cuts from firstSeed on, each armed by arm; the damage and the orders told
    // are summed anew for the series. False if a cut failed the test.
    bool cutSeries(int runs, int firstSeed, const std::function<void(std::mt19937 &)> &arm);
    // Checks the store after the restart against what the clients were told.
    void check(TestServer &server, const QHash<QString, Told> &told, const QList<EventFrame> &seen);

    qint64 m_operationsPerRun = 0;
    qint64 m_syncerSyncsPerRun = 0;
    PowerCut::Damage m_damage;
    int m_told = 0;
};

void TestPowerCut::initTestCase()
{
    PowerCut::install();
    // Every run starts a shop and times orders out: only what goes wrong is worth a line.
    QLoggingCategory::setFilterRules(QStringLiteral("presso.*.info=false\npresso.*.debug=false"));
    // How many writes and syncs a run of 40 steps makes, and how many of those are the
    // syncer's: the cuts fall within that.
    std::mt19937 random(1);
    TestShop shop;
    PowerCut::count();
    const qint64 syncsBefore = PowerCut::threads().syncs;
    OrdersWorkload work(shop, random);
    for (int i = 0; i < 40; ++i)
        work.step();
    m_operationsPerRun = PowerCut::operations();
    m_syncerSyncsPerRun = PowerCut::threads().syncs - syncsBefore;
    QVERIFY2(m_operationsPerRun > 40, "the workload does not write through the power-cut VFS");
    QVERIFY2(m_syncerSyncsPerRun > 10, "the server does not sync its WAL on the syncer's thread");
}

void TestPowerCut::cutOnce(int seed, const std::function<void(std::mt19937 &)> &arm)
{
    std::mt19937 random(seed);
    TestShop shop;
    arm(random);
    OrdersWorkload work(shop, random);
    for (int i = 0; i < 400 && !PowerCut::hasCut(); ++i)
        work.step();
    QVERIFY2(PowerCut::hasCut(), "the power never went");
    work.step(); // a request after the cut is refused, never acknowledged
    const QList<EventFrame> seen = shop.admin->events();
    shop.server.stop();
    const PowerCut::Damage damage = PowerCut::restore(random);
    m_damage.kept += damage.kept;
    m_damage.lost += damage.lost;
    m_damage.torn += damage.torn;
    m_told += int(work.told().size());
    shop.server.restart();
    check(shop.server, work.told(), seen);
    if (QTest::currentTestFailed())
        qWarning("power cut with seed %d failed", seed);
}

bool TestPowerCut::cutSeries(int runs, int firstSeed, const std::function<void(std::mt19937 &)> &arm)
{
    m_damage = {};
    m_told = 0;
    for (int run = 0; run < runs && !QTest::currentTestFailed(); ++run)
        cutOnce(firstSeed + run, arm);
    return !QTest::currentTestFailed();
}

void TestPowerCut::acknowledgedOrdersSurvive()
{
    const int runs = qEnvironmentVariableIntValue("PRESSO_POWER_CUTS") > 0
                         ? qEnvironmentVariableIntValue("PRESSO_POWER_CUTS") : 50;
    const PowerCut::Threads before = PowerCut::threads();
    if (!cutSeries(runs, 1000, [this](std::mt19937 &random) {
            PowerCut::armAfter(std::uniform_int_distribution<qint64>(1, m_operationsPerRun)(random));
        }))
        return;
    const PowerCut::Threads threads = PowerCut::threads();
    qInfo("%d power cuts, %d orders acknowledged; unsynced writes kept %d, lost %d, torn %d; "
          "cuts at the syncer's sync %d, during one %d",
          runs, m_told, m_damage.kept, m_damage.lost, m_damage.torn, threads.cutAtSync - before.cutAtSync,
          threads.cutDuringSync - before.cutDuringSync);
    QVERIFY2(m_damage.lost + m_damage.torn > 0, "no cut lost anything: the test proves nothing");
}

// The batch whose sync the power cuts short was committed (its frames are in the WAL,
// not synced) and waits for that sync: none of it may have been told "ok", and all that
// was told before must survive however the disk kept its unsynced frames.
void TestPowerCut::aCutAtTheSyncersSyncLosesNothingTold()
{
    const int runs = std::max(10, qEnvironmentVariableIntValue("PRESSO_POWER_CUTS") / 5);
    const PowerCut::Threads before = PowerCut::threads();
    if (!cutSeries(runs, 5000, [this](std::mt19937 &random) {
            PowerCut::armAtOtherThreadSync(std::uniform_int_distribution<qint64>(1, m_syncerSyncsPerRun)(random));
        }))
        return;
    qInfo("%d cuts at the syncer's sync, %d orders acknowledged; unsynced writes kept %d, lost %d, torn %d",
          runs, m_told, m_damage.kept, m_damage.lost, m_damage.torn);
    QCOMPARE(PowerCut::threads().cutAtSync - before.cutAtSync, runs);
    QVERIFY2(m_damage.lost + m_damage.torn > 0, "no cut lost anything: the test proves nothing");
}

void TestPowerCut::check(TestServer &server, const QHash<QString, Told> &told, const QList<EventFrame> &seen)
{
    SqliteStorage store(server.databasePath());
    checkStore(store, server.clock().now(), told, seen);
}

QTEST_MAIN(TestPowerCut)
#include "tst_powercut.moc"

// Running a shop's store over time, through the real presso-server binary on real
// stores: which store a command picks without --data-dir, dated backups and their
// pruning, restore (refused while serving, refused for what is not a store, the old
// store kept aside), and the event archive that `events tail`, `journey` and resume see.
#include "cliprocess.h"
#include "storelocation.h"
#include "testshop.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace presso;
using namespace presso::test;

namespace {
constexpr Millis kDay = 24 * 60 * 60 * 1000;

QString addDevice(const QString &dataDir, const QString &name)
{
    return runCli(dataDir, {QStringLiteral("device"), QStringLiteral("add"), QStringLiteral("--role"),
                            QStringLiteral("display"), QStringLiteral("--name"), name}).out.trimmed();
}

QString deviceList(const QString &dataDir)
{
    return runCli(dataDir, {QStringLiteral("device"), QStringLiteral("list")}).out;
}

QStringList datedBackups(const QString &dir)
{
    return QDir(dir).entryList({QStringLiteral("presso-2*.db")}, QDir::Files, QDir::Name);
}
} // namespace

class TestOperations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void storeChoiceWithoutDataDir();
    void implicitStoreIsNamed();
    void datedBackupsKeepTheNewest();
    void restoreIsRefusedWhileServing();
    void restoreReplacesAndKeepsTheOldStore();
    void restoreRefusesWhatIsNotAStore();
    void archivedEventsStayReadable();
};

void TestOperations::storeChoiceWithoutDataDir()
{
    StoreQuery q;
    q.serviceDir = QStringLiteral("/srv/shop");
    q.userDir = QStringLiteral("/home/dev/.local/share/presso/presso-server");

    // --data-dir always wins, even on a machine with the service.
    q.explicitDir = QStringLiteral("/data/test");
    q.serviceDirExists = true;
    StoreChoice c = chooseStore(q);
    QCOMPARE(c.dir, q.explicitDir);
    QVERIFY(!c.isServiceStore);
    QVERIFY(c.note.isEmpty() && c.refusal.isEmpty());
    q.explicitDir = q.serviceDir;
    QVERIFY(chooseStore(q).isServiceStore);

    // Root or the service user: the service's store.
    q.explicitDir.clear();
    q.privileged = true;
    c = chooseStore(q);
    QCOMPARE(c.dir, q.serviceDir);
    QVERIFY(c.isServiceStore);

    // Anyone else where the service exists: refused, never an empty store of their own.
    q.privileged = false;
    c = chooseStore(q);
    QVERIFY(c.dir.isEmpty());
    QVERIFY2(c.refusal.contains(q.serviceDir) && c.refusal.contains(QLatin1String("--data-dir")), qPrintable(c.refusal));

    // A developer's machine without the service: the user's own store, named.
    q.serviceDirExists = false;
    for (const bool privileged : {false, true}) {
        q.privileged = privileged;
        c = chooseStore(q);
        QCOMPARE(c.dir, q.userDir);
        QVERIFY(!c.isServiceStore);
        QVERIFY2(c.note.contains(q.userDir), qPrintable(c.note));
    }
}

void TestOperations::implicitStoreIsNamed()
{
    if (QFileInfo(QStringLiteral("/var/lib/presso")).isDir())
        QSKIP("the presso-server service is installed here, so its store would be chosen");
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.path());
    const QString store = QDir(home.path()).filePath(QStringLiteral("presso/presso-server"));
    const Output first = runCli({}, {QStringLiteral("settings"), QStringLiteral("show")}, env);
    QCOMPARE(first.code, 0);
    QVERIFY2(first.err.contains(QStringLiteral("creating a new store in %1").arg(store)), qPrintable(first.err));
    const Output again = runCli({}, {QStringLiteral("settings"), QStringLiteral("show")}, env);
    QVERIFY2(again.err.contains(QStringLiteral("using the store in %1").arg(store)), qPrintable(again.err));
    QVERIFY(QFile::exists(storeFileIn(store)));
}

void TestOperations::datedBackupsKeepTheNewest()
{
    QTemporaryDir dir, backups;
    addDevice(dir.path(), QStringLiteral("tv-1"));
    // Three older nights, a file of the owner's and a backup named by hand: only the
    // dated ones are pruned.
    const QStringList older{QStringLiteral("presso-2026-01-01-033000.db"), QStringLiteral("presso-2026-01-02-033000.db"),
                            QStringLiteral("presso-2026-01-03-033000.db")};
    for (const QString &name : older)
        QCOMPARE(runCli(dir.path(), {QStringLiteral("backup"), QDir(backups.path()).filePath(name)}).code, 0);
    for (const QString &other : {QStringLiteral("notes.txt"), QStringLiteral("presso-before-upgrade.db")}) {
        QFile f(QDir(backups.path()).filePath(other));
        QVERIFY(f.open(QIODevice::WriteOnly));
    }

    const Output first = runCli(dir.path(), {QStringLiteral("backup"), backups.path(), QStringLiteral("--keep"), QStringLiteral("2")});
    QCOMPARE(first.code, 0);
    QVERIFY2(first.out.contains(QLatin1String("removed the old backup presso-2026-01-01-033000.db")), qPrintable(first.out));
    QStringList kept = datedBackups(backups.path());
    QCOMPARE(kept.size(), 2);
    QCOMPARE(kept.first(), older.last());
    // A second backup within the same second gets its own name, and is the newest.
    QCOMPARE(runCli(dir.path(), {QStringLiteral("backup"), backups.path(), QStringLiteral("--keep"), QStringLiteral("2")}).code, 0);
    kept = datedBackups(backups.path());
    QCOMPARE(kept.size(), 2);
    QVERIFY(!kept.contains(older.last()));
    QVERIFY(QFile::exists(QDir(backups.path()).filePath(QStringLiteral("notes.txt"))));
    QVERIFY(QFile::exists(QDir(backups.path()).filePath(QStringLiteral("presso-before-upgrade.db"))));

    // Each is a whole store.
    QTemporaryDir check;
    QVERIFY(QFile::copy(QDir(backups.path()).filePath(kept.last()), storeFileIn(check.path())));
    QVERIFY(deviceList(check.path()).contains(QLatin1String("tv-1")));

    const Output bad = runCli(dir.path(), {QStringLiteral("backup"), backups.path(), QStringLiteral("--keep"), QStringLiteral("0")});
    QCOMPARE(bad.code, 1);
    QVERIFY(bad.err.contains(QLatin1String("--keep")));
}

void TestOperations::restoreIsRefusedWhileServing()
{
    QTemporaryDir dir, out;
    addDevice(dir.path(), QStringLiteral("tv-1"));
    const QString backup = QDir(out.path()).filePath(QStringLiteral("backup.db"));
    QCOMPARE(runCli(dir.path(), {QStringLiteral("backup"), backup}).code, 0);
    addDevice(dir.path(), QStringLiteral("tv-2"));
    {
        ServerProcess server(dir.path());
        QVERIFY(server.url().isValid());
        const Output refused = runCli(dir.path(), {QStringLiteral("restore"), backup});
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("process %1").arg(server.process().processId()))
                     && refused.err.contains(QLatin1String("stop it first")), qPrintable(refused.err));
        QVERIFY(deviceList(dir.path()).contains(QLatin1String("tv-2")));
        // A second server on the same store is refused too.
        ServerProcess second(dir.path());
        QVERIFY(!second.url().isValid());
        QVERIFY(second.process().state() == QProcess::NotRunning || second.process().waitForFinished(10'000));
        QVERIFY(QString::fromUtf8(second.process().readAllStandardError()).contains(QLatin1String("another server")));
    }
    // Stopped: now it goes through.
    QCOMPARE(runCli(dir.path(), {QStringLiteral("restore"), backup}).code, 0);
    QVERIFY(!deviceList(dir.path()).contains(QLatin1String("tv-2")));
}

void TestOperations::restoreReplacesAndKeepsTheOldStore()
{
    QTemporaryDir dir, out;
    const QString tv1 = addDevice(dir.path(), QStringLiteral("tv-1"));
    const QString backup = QDir(out.path()).filePath(QStringLiteral("backup.db"));
    QCOMPARE(runCli(dir.path(), {QStringLiteral("backup"), backup}).code, 0);
    addDevice(dir.path(), QStringLiteral("tv-2"));

    const Output restored = runCli(dir.path(), {QStringLiteral("restore"), backup});
    QCOMPARE(restored.code, 0);
    QVERIFY2(restored.out.contains(QLatin1String("the previous store is kept as ")), qPrintable(restored.out));
    const QStringList lines = restored.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QString aside = lines.last().section(QLatin1String(" kept as "), 1);
    QVERIFY2(QFile::exists(aside), qPrintable(aside));
    QVERIFY(!QFile::exists(storeFileIn(dir.path()) + QStringLiteral(".restoring")));

    const QString now = deviceList(dir.path());
    QVERIFY(now.contains(QLatin1String("tv-1")) && !now.contains(QLatin1String("tv-2")));
    // The store kept aside is whole: tv-2 is still in it.
    QTemporaryDir check;
    QVERIFY(QFile::copy(aside, storeFileIn(check.path())));
    QVERIFY(deviceList(check.path()).contains(QLatin1String("tv-2")));

    // The restored store serves, and its devices' tokens work.
    ServerProcess server(dir.path());
    WsProbe tv(server.url());
    QVERIFY(!tv.join(Role::Display, tv1).isEmpty());
}

void TestOperations::restoreRefusesWhatIsNotAStore()
{
    QTemporaryDir dir, out;
    addDevice(dir.path(), QStringLiteral("tv-1"));
    const QString text = QDir(out.path()).filePath(QStringLiteral("notes.txt"));
    QFile f(text);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("not a database\n");
    f.close();
    QProcess sqlite;
    const QString other = QDir(out.path()).filePath(QStringLiteral("other.db"));
    sqlite.start(QStringLiteral("sqlite3"), {other, QStringLiteral("CREATE TABLE t (x); INSERT INTO t VALUES (1);")});
    QVERIFY(sqlite.waitForFinished(10'000) && sqlite.exitCode() == 0);

    for (const QString &bad : {text, other, QDir(out.path()).filePath(QStringLiteral("missing.db"))}) {
        const Output refused = runCli(dir.path(), {QStringLiteral("restore"), bad});
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains(bad), qPrintable(refused.err));
        QVERIFY(deviceList(dir.path()).contains(QLatin1String("tv-1")));
    }
    QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("presso.db*")}, QDir::Files),
             QStringList{QStringLiteral("presso.db")});
}

void TestOperations::archivedEventsStayReadable()
{
    TestShop shop;
    const Millis realNow = SystemClock().now();
    if (realNow < TestServer::kStart + 3 * kDay)
        QSKIP("this machine's clock is before the test shop's first day");
    // An order on the shop's first day, archived later; another one today, kept live.
    TestShop::Redeemed old, recent;
    shop.placeOrder(*shop.kiosk, &old);
    const qint64 oldLast = shop.server.services().storage.eventBounds().last;
    shop.server.clock().setNow(realNow);
    shop.placeOrder(*shop.kiosk, &recent, QStringLiteral("Espresso"), {});
    const EventBounds before = shop.server.services().storage.eventBounds();
    const QString dataDir = shop.server.dataDir();

    // While the server serves, as the nightly timer does.
    const int days = int((realNow - TestServer::kStart) / kDay) - 1;
    const Output archived = runCli(dataDir, {QStringLiteral("events"), QStringLiteral("archive"),
                                             QStringLiteral("--older-than"), QString::number(days)});
    QCOMPARE(archived.code, 0);
    QVERIFY2(archived.out.contains(QStringLiteral("archived %1 events").arg(oldLast)), qPrintable(archived.out));
    const EventBounds after = shop.server.services().storage.eventBounds();
    QCOMPARE(after.first, oldLast + 1);
    QCOMPARE(after.last, before.last);
    QCOMPARE(QDir(dataDir).entryList({QStringLiteral("events-*.db")}, QDir::Files).size(), 0);
    QCOMPARE(QDir(dataDir + QStringLiteral("/archive")).entryList({QStringLiteral("events-*.db")}, QDir::Files).size(), 1);
    // Nothing left to move: a second run moves nothing and changes nothing.
    QVERIFY(runCli(dataDir, {QStringLiteral("events"), QStringLiteral("archive"), QStringLiteral("--older-than"),
                             QString::number(days)}).out.contains(QLatin1String("archived 0 events")));

    // events tail and journey read through the archive.
    const Output tail = runCli(dataDir, {QStringLiteral("events"), QStringLiteral("tail"), QStringLiteral("--limit"),
                                         QString::number(before.last)});
    QCOMPARE(tail.code, 0);
    const QStringList lines = tail.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), before.last);
    for (qsizetype i = 0; i < lines.size(); ++i)
        QCOMPARE(lines.at(i).section(QLatin1Char(' '), 0, 0, QString::SectionSkipEmpty).toLongLong(), i + 1);
    const Output journey = runCli(dataDir, {QStringLiteral("journey"), old.orderId});
    QCOMPARE(journey.code, 0);
    QVERIFY2(journey.out.contains(QLatin1String("OrderManager.WaitingCompletion")), qPrintable(journey.out));

    // A screen resuming from an archived seq gets the snapshot; from a live one, the replay.
    WsProbe stale(shop.server.url());
    QVERIFY(stale.connectNow());
    QCOMPARE(stale.hello(Role::Display, shop.displayToken, oldLast - 1).result.value(QStringLiteral("resumed")).toBool(), false);
    WsProbe fresh(shop.server.url());
    QVERIFY(fresh.connectNow());
    QCOMPARE(fresh.hello(Role::Display, shop.displayToken, oldLast).result.value(QStringLiteral("resumed")).toBool(), true);
}

QTEST_GUILESS_MAIN(TestOperations)
#include "tst_operations.moc"

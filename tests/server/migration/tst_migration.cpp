// Upgrading a real store made by an older presso-server: a wave-one store (schema 1,
// before pairing and customers; fixtures/schema1-shop.sql) is migrated to the newest
// schema on open, keeps every order, number, deadline, event and device, and the
// upgraded shop serves: its old tokens say hello, its log goes on without a gap, and
// pairing and phones work on it.
#include "pressoserver.h"
#include "sqlitestorage.h"
#include "wsprobe.h"

#include <QDir>
#include <QJsonArray>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace presso;
using namespace presso::test;
using namespace Qt::StringLiterals;

namespace {
const QString kAdminToken = u"etCQwu90TtyOfE6vnohwlddw7x0rwX_c3FYlsBarsyE"_s;
const QString kDisplayToken = u"6vwsHXlGWqWjmHmhd7rdcbWgtPUzgKzD9fg80UM92Pw"_s;
constexpr qint64 kLastSeq = 340;
constexpr Millis kLastEventTime = 1'795'983'914'184;

// The fixture's text, as sqlite3 wrote it, loaded into a new store file by sqlite3.
bool loadFixture(const QString &path, QString *why, const QString &fixture = u"schema1-shop.sql"_s)
{
    QProcess sqlite;
    sqlite.setStandardInputFile(QStringLiteral(PRESSO_FIXTURES_DIR "/") + fixture);
    sqlite.start(QStringLiteral("sqlite3"), {path});
    if (!sqlite.waitForFinished(30'000) || sqlite.exitCode() != 0) {
        *why = u"sqlite3 could not load the fixture: "_s + QString::fromUtf8(sqlite.readAllStandardError())
             + sqlite.errorString();
        return false;
    }
    return true;
}

QList<int> numbersIn(SqliteStorage &storage, const QString &state)
{
    QList<int> numbers;
    for (const OrderRecord &r : storage.ordersInStates({state}, 100))
        numbers.append(r.order.number.value_or(-1));
    std::sort(numbers.begin(), numbers.end());
    return numbers;
}
} // namespace

class TestMigration : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void upgradesAWaveOneStore();
    void upgradesASingleShopStoreIntoMain();
};

void TestMigration::upgradesAWaveOneStore()
{
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(u"presso.db"_s);
    QString why;
    QVERIFY2(loadFixture(path, &why), qPrintable(why));

    SqliteStorage storage(path);
    QCOMPARE(storage.schemaVersion(), SqliteStorage::latestSchemaVersion());
    QVERIFY(SqliteStorage::latestSchemaVersion() > 1);
    // Every order and its number, in the state it had.
    QCOMPARE(numbersIn(storage, u"COMPLETED"_s).size(), 10);
    QCOMPARE(numbersIn(storage, u"CANCELLED"_s).size(), 2);
    QCOMPARE(numbersIn(storage, u"IN_PRODUCTION"_s), (QList<int>{13, 14}));
    QCOMPARE(numbersIn(storage, u"QUEUED"_s), (QList<int>{15, 16}));
    for (const OrderRecord &r : storage.ordersInStates({u"QUEUED"_s, u"IN_PRODUCTION"_s}, 100))
        QVERIFY2(r.order.deadline && *r.order.deadline > kLastEventTime, qPrintable(r.order.id.value));
    QCOMPARE(storage.eventBounds().last, kLastSeq);

    // The upgraded shop serves, a minute after it last did.
    ManualClock clock(kLastEventTime + 60'000);
    PressoServer server(storage, clock);
    PressoServer::Options options;
    options.port = 0;
    QVERIFY2(server.start(options), qPrintable(server.errorString()));
    WsProbe admin(server.url()), tv(server.url());
    QVERIFY(!admin.join(Role::Admin, kAdminToken).isEmpty());
    QVERIFY(!tv.join(Role::Display, kDisplayToken).isEmpty());

    // The log goes on from where it was, and the screens hear it.
    const Response queued = admin.call(u"orders.list"_s, {{u"states"_s, QJsonArray{u"QUEUED"_s}}});
    QVERIFY(queued.ok);
    const QString first = queued.result.value(u"orders"_s).toArray().first()[u"id"_s].toString();
    const Response cancel = admin.call(u"order.cancel"_s, {{u"orderId"_s, first}});
    QVERIFY2(cancel.ok, qPrintable(cancel.error.message));
    const auto cancelled = tv.waitForEvent(EventType::OrderCancelled);
    QVERIFY(cancelled);
    QCOMPARE(cancelled->seq, kLastSeq + 1);

    // What came after wave one works on the old store: pairing a device, and a phone.
    const Response pairing = admin.call(u"device.pair"_s, {{u"role"_s, u"kiosk"_s}, {u"name"_s, u"Kiosk 2"_s}});
    QVERIFY2(pairing.ok, qPrintable(pairing.error.message));
    WsProbe phone(server.url());
    QVERIFY(phone.connectNow());
    const Response hello = phone.helloCustomer();
    QVERIFY2(hello.ok, qPrintable(hello.error.message));
    QVERIFY(!hello.result.value(u"customerToken"_s).toString().isEmpty());
    server.stop();
}

// Schema 3 to 4: everything of a single-shop store becomes the shop main's, and a new
// shop beside it starts from nothing.
void TestMigration::upgradesASingleShopStoreIntoMain()
{
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(u"presso.db"_s);
    QString why;
    QVERIFY2(loadFixture(path, &why, u"schema3-shop.sql"_s), qPrintable(why));

    SqliteStorage storage(path);
    QCOMPARE(storage.schemaVersion(), SqliteStorage::latestSchemaVersion());
    const QList<ShopRecord> shops = storage.shops();
    QCOMPARE(shops.size(), 1);
    QCOMPARE(shops.first().id, u"main"_s);
    ShopPorts &home = storage.shop(u"main"_s);
    QCOMPARE(home.ordersOfDay(u"2026-11-29"_s).size(), 16);
    QCOMPARE(home.openOrders().size(), 4);
    QVERIFY(home.loadSettings());
    QCOMPARE(home.loadSettings()->drinksPerCode, 10000000);
    QCOMPARE(home.loadMenu()->items().size(), 7);
    QCOMPARE(home.code(5986613).value_or(QrCode()).code, u"lqE5O-3q3E"_s);
    QCOMPARE(storage.shopOfCode(u"lqE5O-3q3E"_s).value_or(QString()), u"main"_s);
    const QList<DeviceRecord> devices = storage.devices();
    QCOMPARE(devices.size(), 8);
    for (const DeviceRecord &d : devices)
        QCOMPARE(d.shop, u"main"_s);
    const QList<StoredEvent> events = storage.eventsAfter(0, 1000);
    QCOMPARE(events.size(), 340);
    for (const StoredEvent &e : events)
        QCOMPARE(e.shop, u"main"_s);
    // What schema 2 and 3 added is kept: the pairing, the customer and its order.
    QVERIFY(storage.openPairing(u"3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b"_s, 1795983900001));
    QCOMPARE(storage.countOpenCustomerOrders(u"c-5f1e"_s), 1);
    // Numbers: main goes on from its day's counter; another shop starts at 1.
    QVERIFY(storage.insertShop(ShopRecord{u"north"_s, u"North"_s, kLastEventTime}));
    storage.begin();
    QCOMPARE(home.nextNumber(u"2026-11-29"_s), 17);
    QCOMPARE(storage.shop(u"north"_s).nextNumber(u"2026-11-29"_s), 1);
    storage.rollback();
    QVERIFY(!storage.shop(u"north"_s).loadSettings());
    QVERIFY(storage.shop(u"north"_s).openOrders().isEmpty());

    // The upgraded store serves its devices as the main shop, as before.
    ManualClock clock(kLastEventTime + 60'000);
    PressoServer server(storage, clock);
    PressoServer::Options options;
    options.port = 0;
    QVERIFY2(server.start(options), qPrintable(server.errorString()));
    WsProbe tv(server.url());
    const QJsonObject hello = tv.join(Role::Display, kDisplayToken);
    QCOMPARE(hello[u"snapshot"_s][u"shop"_s][u"id"_s].toString(), u"main"_s);
    // The 4 open orders and the 10 completed within the last 10 minutes.
    QCOMPARE(hello[u"snapshot"_s][u"orders"_s].toArray().size(), 14);
    server.stop();
}

QTEST_GUILESS_MAIN(TestMigration)
#include "tst_migration.moc"

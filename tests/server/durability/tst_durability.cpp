// What must survive: idempotent retries, resume after a disconnect, and a restart of the
// server on the same data directory with every order, number and deadline intact.
#include "testshop.h"

#include <QFile>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace presso;
using namespace presso::test;

class TestDurability : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sameRequestIdGetsTheFirstResponse();
    void requestIdsExpireAfterTenMinutes();
    void resumeReplaysWhatWasMissed();
    void resumeFromTheFutureIsRefused();
    void aLongAbsenceTakesTheSnapshot();
    void restartKeepsOrdersNumbersAndDeadlines();
    void deadlinesThatPassedWhileDownTimeOutAtStart();
    void migratesAndRefusesANewerSchema();
    void refusesADamagedDatabaseAfterACrash();
    void boundedCheckReadsTheNewestEvents_data();
    void boundedCheckReadsTheNewestEvents();
};

void TestDurability::sameRequestIdGetsTheFirstResponse()
{
    TestShop shop;
    const QString code = shop.currentCode();
    const QJsonObject args{{QStringLiteral("code"), code}, {QStringLiteral("customerName"), QStringLiteral("Cy")}};
    const Response first = shop.kiosk->call(QStringLiteral("qr.redeem"), args, QStringLiteral("redeem-1"));
    QVERIFY(first.ok);
    const Response again = shop.kiosk->call(QStringLiteral("qr.redeem"), args, QStringLiteral("redeem-1"));
    QVERIFY(again.ok);
    QCOMPARE(again.result, first.result);
    QCOMPARE(shop.server.services().storage.code(shop.server.clock().now() / 300'000)->tokensLeft, 9);

    const QJsonObject submit{{QStringLiteral("orderId"), first.result.value(QStringLiteral("orderId"))},
                             {QStringLiteral("orderToken"), first.result.value(QStringLiteral("orderToken"))},
                             {QStringLiteral("drink"), QStringLiteral("Americano")}};
    shop.clearEvents();
    const Response s1 = shop.kiosk->call(QStringLiteral("order.submit"), submit, QStringLiteral("submit-1"));
    const Response s2 = shop.kiosk->call(QStringLiteral("order.submit"), submit, QStringLiteral("submit-1"));
    QVERIFY(s1.ok);
    QCOMPARE(s2.result, s1.result);
    // A new key for the same submit is a second attempt: refused, the order is queued.
    QCOMPARE(shop.kiosk->call(QStringLiteral("order.submit"), submit, QStringLiteral("submit-2")).error.code,
             ErrorCode::Conflict);
    shop.admin->call(QStringLiteral("ping"));
    QCOMPARE(shop.admin->eventsOf(EventType::WaitingCompletion).size(), 1);

    // A refusal is remembered too, and the same key from another device is its own.
    const QJsonObject claim{{QStringLiteral("orderId"), QStringLiteral("missing")}};
    QCOMPARE(shop.barista->call(QStringLiteral("order.claim"), claim, QStringLiteral("k")).error.code, ErrorCode::NotFound);
    QCOMPARE(shop.barista->call(QStringLiteral("order.claim"), claim, QStringLiteral("k")).error.code, ErrorCode::NotFound);
    const QJsonObject realClaim{{QStringLiteral("orderId"), first.result.value(QStringLiteral("orderId"))}};
    QVERIFY(shop.barista->call(QStringLiteral("order.claim"), realClaim, QStringLiteral("claim-1")).ok);

    // And it holds across a reconnect and a restart: the retry after a dropped link.
    shop.server.restart();
    auto kiosk = shop.connect(Role::Kiosk, shop.kioskToken);
    const Response retried = kiosk->call(QStringLiteral("order.submit"), submit, QStringLiteral("submit-1"));
    QCOMPARE(retried.result, s1.result);
}

void TestDurability::requestIdsExpireAfterTenMinutes()
{
    TestShop shop;
    QVERIFY(shop.barista->call(QStringLiteral("shop.setOpen"), {{QStringLiteral("open"), false}}, QStringLiteral("x")).ok);
    QVERIFY(shop.barista->call(QStringLiteral("shop.setOpen"), {{QStringLiteral("open"), true}}).ok);
    // Within ten minutes the old answer comes back and the shop stays open.
    shop.server.clock().advance(9 * 60'000);
    QVERIFY(shop.barista->call(QStringLiteral("shop.setOpen"), {{QStringLiteral("open"), false}}, QStringLiteral("x")).ok);
    QVERIFY(shop.server.services().config.shop().open);
    // After that the key is new again.
    shop.server.clock().advance(2 * 60'000);
    QVERIFY(shop.barista->call(QStringLiteral("shop.setOpen"), {{QStringLiteral("open"), false}}, QStringLiteral("x")).ok);
    QVERIFY(!shop.server.services().config.shop().open);
}

void TestDurability::resumeReplaysWhatWasMissed()
{
    TestShop shop;
    shop.placeOrder(*shop.kiosk);
    shop.display->waitForEvent(EventType::WaitingCompletion);
    const qint64 lastSeen = shop.display->events().last().seq;
    shop.display->socket().close();
    QVERIFY(shop.display->waitForClose());

    // While the display is away: a second order, and the first one claimed.
    TestShop::Redeemed second;
    shop.placeOrder(*shop.kiosk, &second, QStringLiteral("Espresso"), {});
    QVERIFY(shop.barista->call(QStringLiteral("order.claim"), {{QStringLiteral("orderId"), second.orderId}}).ok);
    shop.admin->call(QStringLiteral("ping")); // the admin has had every event by now
    QList<qint64> expected;
    for (const EventFrame &e : shop.admin->events()) {
        if (e.seq > lastSeen && Publisher::mayReceive(StoredEvent{e.seq, e.event, {}, {}, {}, mainShopId(), {}}, Role::Display, {}))
            expected.append(e.seq);
    }
    QCOMPARE(expected.size(), 3); // NewOrder, WaitingCompletion, MakeOrder

    WsProbe back(shop.server.url());
    QVERIFY(back.connectNow());
    const Response r = back.hello(Role::Display, shop.displayToken, lastSeen);
    QVERIFY(r.ok);
    QCOMPARE(r.result.value(QStringLiteral("resumed")).toBool(), true);
    QTRY_COMPARE(back.events().size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i)
        QCOMPARE(back.events().at(i).seq, expected.at(i));

    // A new event after the replay comes after it, once.
    QVERIFY(shop.barista->call(QStringLiteral("order.complete"), {{QStringLiteral("orderId"), second.orderId}}).ok);
    QVERIFY(back.waitForEvent(EventType::OrderCompleted));
    QCOMPARE(back.events().size(), expected.size() + 1);
    QVERIFY(back.events().last().seq > expected.last());
}

void TestDurability::resumeFromTheFutureIsRefused()
{
    TestShop shop;
    WsProbe probe(shop.server.url());
    QVERIFY(probe.connectNow());
    const Response r = probe.hello(Role::Barista, shop.baristaToken, 1'000'000);
    QVERIFY(r.ok);
    QCOMPARE(r.result.value(QStringLiteral("resumed")).toBool(), false);
    QVERIFY(r.result.value(QStringLiteral("snapshot")).toObject().contains(QStringLiteral("orders")));
    probe.call(QStringLiteral("ping"));
    QVERIFY(probe.events().isEmpty());
}

void TestDurability::aLongAbsenceTakesTheSnapshot()
{
    TestShop shop;
    const qint64 from = shop.server.services().storage.eventBounds().last;
    for (int i = 0; i <= Publisher::kMaxReplay; ++i)
        QVERIFY(shop.admin->call(QStringLiteral("shop.setOpen"), {{QStringLiteral("open"), i % 2 == 1}}).ok);
    WsProbe back(shop.server.url());
    QVERIFY(back.connectNow());
    const Response r = back.hello(Role::Display, shop.displayToken, from);
    QVERIFY(r.ok);
    QCOMPARE(r.result.value(QStringLiteral("resumed")).toBool(), false);
    back.call(QStringLiteral("ping"));
    QVERIFY(back.events().isEmpty()); // no backlog pushed at it
    // A short absence still resumes.
    WsProbe soon(shop.server.url());
    QVERIFY(soon.connectNow());
    QVERIFY(soon.hello(Role::Display, shop.displayToken, r.result.value(QStringLiteral("seq")).toInteger() - 5)
                .result.value(QStringLiteral("resumed")).toBool());
}

void TestDurability::restartKeepsOrdersNumbersAndDeadlines()
{
    TestShop shop;
    TestShop::Redeemed waiting, queued;
    shop.redeem(*shop.kiosk); // numbers are given at submit, so this one has none
    waiting = shop.redeem(*shop.kiosk);
    const QJsonObject placed = shop.placeOrder(*shop.kiosk, &queued);
    QCOMPARE(placed.value(QStringLiteral("number")).toInt(), 1);
    const QList<OrderRecord> before = shop.server.services().storage.openOrders();
    QCOMPARE(before.size(), 3);

    shop.server.restart();
    const QList<OrderRecord> after = shop.server.services().storage.openOrders();
    QCOMPARE(after.size(), 3);
    for (qsizetype i = 0; i < before.size(); ++i)
        QVERIFY(after.at(i).order == before.at(i).order);

    auto barista = shop.connect(Role::Barista, shop.baristaToken);
    auto kiosk = shop.connect(Role::Kiosk, shop.kioskToken);
    // The next number continues the day.
    const Response submitted = kiosk->call(QStringLiteral("order.submit"),
        {{QStringLiteral("orderId"), waiting.orderId}, {QStringLiteral("orderToken"), waiting.orderToken},
         {QStringLiteral("drink"), QStringLiteral("Espresso")}});
    QVERIFY2(submitted.ok, qPrintable(submitted.error.message));
    QCOMPARE(submitted.result.value(QStringLiteral("order")).toObject().value(QStringLiteral("number")).toInt(), 2);

    // The deadlines are armed again: the untouched redeem times out at its customer deadline.
    shop.server.clock().advance(300'000);
    QTRY_COMPARE(shop.server.services().storage.openOrders().size(), 2);
    const auto timedOut = barista->waitForEvent(EventType::OrderTimeOut);
    QVERIFY(timedOut);
    QCOMPARE(timedOut->event.detail.value(QStringLiteral("cause")).toString(), QStringLiteral("customer"));
}

void TestDurability::deadlinesThatPassedWhileDownTimeOutAtStart()
{
    TestShop shop;
    TestShop::Redeemed a;
    shop.placeOrder(*shop.kiosk, &a);
    shop.redeem(*shop.kiosk);
    shop.server.stop();
    shop.server.clock().advance(3600'000);
    shop.server.restart();
    QCOMPARE(shop.server.services().storage.openOrders().size(), 0);
    const auto order = shop.server.services().storage.order(OrderId{a.orderId});
    QVERIFY(order);
    QCOMPARE(order->order.state, OrderState::TimedOut);
    QCOMPARE(order->order.reason, QStringLiteral("barista_timeout"));
    // The timeouts are in the event log, for the screens that resume.
    WsProbe admin(shop.server.url());
    admin.join(Role::Admin, shop.adminToken);
    const Response log = admin.call(QStringLiteral("events.since"), {{QStringLiteral("seq"), 0}, {QStringLiteral("limit"), 5000}});
    int timeouts = 0;
    for (const QJsonValue &v : log.result.value(QStringLiteral("events")).toArray()) {
        if (v.toObject().value(QStringLiteral("event")).toObject().value(QStringLiteral("detail-type")).toString()
            == QLatin1String("OrderProcessor.OrderTimeOut"))
            ++timeouts;
    }
    QCOMPARE(timeouts, 2);
}

void TestDurability::migratesAndRefusesANewerSchema()
{
    TestServer server;
    const QString path = server.databasePath();
    QCOMPARE(server.services().storage.eventBounds().first > 0, true);
    server.stop();
    {
        SqliteStorage storage(path);
        QCOMPARE(storage.schemaVersion(), SqliteStorage::latestSchemaVersion());
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bump"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("UPDATE meta SET value = '999' WHERE key = 'schema_version'")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bump"));
    QVERIFY_THROWS_EXCEPTION(StorageError, SqliteStorage{path});
}

namespace {
// The shop's store with a few orders, left as a server cut off while serving leaves it:
// still marked as serving. Returns its path.
QString leaveAsCrashed(TestShop &shop, int orders)
{
    for (int i = 0; i < orders; ++i)
        shop.placeOrder(*shop.kiosk);
    const QString path = shop.server.databasePath();
    shop.server.stop();
    SqliteStorage(path).setServing(true);
    return path;
}
} // namespace

void TestDurability::refusesADamagedDatabaseAfterACrash()
{
    TestShop shop;
    const QString path = leaveAsCrashed(shop, 5);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.size() > 4 * 4096);
        f.seek(3 * 4096);
        f.write(QByteArray(512, '\xff'));
    }
    try {
        SqliteStorage storage(path, SqliteStorage::Check::AfterCrash);
        QFAIL("a damaged database was opened");
    } catch (const StorageError &e) {
        QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("damaged")), e.what());
    }
}

void TestDurability::boundedCheckReadsTheNewestEvents_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addRow("clean") << QString();
    QTest::addRow("a newest event lost") << "DELETE FROM events WHERE seq = (SELECT max(seq) - 1 FROM events)";
    QTest::addRow("a newest detail garbled") << "UPDATE events SET detail = '{\"or' WHERE seq = (SELECT max(seq) FROM events)";
    QTest::addRow("the event counter behind") << "UPDATE sqlite_sequence SET seq = seq - 1 WHERE name = 'events'";
}

void TestDurability::boundedCheckReadsTheNewestEvents()
{
    // After a crash the check reads the newest events, not the whole file
    // (server/sqlitecheck.h); what it reads there it must find wrong.
    QFETCH(QString, damage);
    TestShop shop;
    const QString path = leaveAsCrashed(shop, 3);
    if (!damage.isEmpty()) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("damage"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY2(q.exec(damage), qPrintable(q.lastError().text()));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("damage"));
    try {
        SqliteStorage storage(path, SqliteStorage::Check::AfterCrash);
        QVERIFY2(damage.isEmpty(), "a damaged database was opened");
    } catch (const StorageError &e) {
        QVERIFY2(!damage.isEmpty(), e.what());
        QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("damaged")), e.what());
    }
}

QTEST_GUILESS_MAIN(TestDurability)
#include "tst_durability.moc"

// Several shops on one server (protocol.md, part two): each shop's devices see, do and
// receive only their own shop's orders, codes, menu and devices; numbers count per shop;
// codes are unique server-wide. The command line's side is tst_shopcommands. Each case runs on the SQLite file and on a real
// PostgreSQL 15 cluster.
#include "../http/httpsupport.h"
#include "backends.h"
#include "testservices.h"
#include "testshop.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace presso;
using namespace presso::test;

namespace {
const QString kNorth = QStringLiteral("north");

QJsonObject orderOf(const Response &r)
{
    return r.result.value(QStringLiteral("order")).toObject();
}

// The second shop's devices, each connected and past its hello.
struct NorthShop
{
    explicit NorthShop(TestShop &home)
    {
        Services &s = home.server.services();
        addShop(s, kNorth, QStringLiteral("North Bar"));
        adminToken = addDevice(s, Role::Admin, QStringLiteral("north-admin"), kNorth);
        barista = home.connect(Role::Barista, addDevice(s, Role::Barista, QStringLiteral("north-barista"), kNorth));
        display = home.connect(Role::Display, addDevice(s, Role::Display, QStringLiteral("north-display"), kNorth));
        kiosk = home.connect(Role::Kiosk, addDevice(s, Role::Kiosk, QStringLiteral("north-kiosk"), kNorth));
        admin = home.connect(Role::Admin, adminToken);
    }

    QString code() { return admin->call(QStringLiteral("qr.current")).result.value(QStringLiteral("qr")).toObject().value(QStringLiteral("code")).toString(); }
    QList<WsProbe *> probes() { return {admin.get(), barista.get(), display.get(), kiosk.get()}; }

    QString adminToken;
    std::unique_ptr<WsProbe> admin, barista, display, kiosk;
};

// Every event the probe received names none of these orders.
bool sawNone(const WsProbe &probe, const QStringList &orderIds)
{
    for (const EventFrame &e : probe.events()) {
        const QJsonObject d = e.event.detail;
        const QString id = d.value(QStringLiteral("order")).toObject().value(QStringLiteral("id")).toString();
        if (orderIds.contains(id) || orderIds.contains(d.value(QStringLiteral("orderId")).toString()))
            return false;
    }
    return true;
}

Response submit(WsProbe &kiosk, const Response &redeemed)
{
    return kiosk.call(QStringLiteral("order.submit"),
                      {{QStringLiteral("orderId"), redeemed.result.value(QStringLiteral("orderId"))},
                       {QStringLiteral("orderToken"), redeemed.result.value(QStringLiteral("orderToken"))},
                       {QStringLiteral("drink"), QStringLiteral("Latte")},
                       {QStringLiteral("modifiers"), QJsonArray{}}});
}
} // namespace

class TestShops : public QObject
{
    Q_OBJECT

    Backends m_backends;

    // The store of this case's backend: empty for the SQLite file, else a new database.
    QString database() { return m_backends.database(QStringLiteral("shops")); }

private Q_SLOTS:
    void initTestCase_data() { Backends::addRows(); }
    void helloNamesTheDevicesShop();
    void ordersAndEventsStayInTheirShop();
    void numbersCountPerShop();
    void aShopsDayStartsInItsTimeZone();
    void anotherShopsCodeIsInvalidAndTakesNoToken();
    void baristaPresenceIsPerShop();
    void settingsMenuAndDevicesArePerShop();
    void customerHelloNamesAShop();
    void phonePageSendsTheCodesShop();
};

void TestShops::helloNamesTheDevicesShop()
{
    TestShop home(database());
    NorthShop north(home);
    WsProbe probe(home.server.url());
    const QJsonObject hello = probe.join(Role::Admin, north.adminToken);
    const QJsonObject shop = hello.value(QStringLiteral("snapshot")).toObject().value(QStringLiteral("shop")).toObject();
    QCOMPARE(shop.value(QStringLiteral("id")).toString(), kNorth);
    QCOMPARE(shop.value(QStringLiteral("name")).toString(), QStringLiteral("North Bar"));
    const QJsonObject mainShop = home.admin->call(QStringLiteral("config.get")).result.value(QStringLiteral("shop")).toObject();
    QCOMPARE(mainShop.value(QStringLiteral("id")).toString(), QStringLiteral("main"));
    QCOMPARE(home.server.services().shops().size(), 2);
}

void TestShops::ordersAndEventsStayInTheirShop()
{
    TestShop home(database());
    NorthShop north(home);
    home.clearEvents();
    const QJsonObject mainOrder = home.placeOrder(*home.kiosk);
    QVERIFY(!mainOrder.isEmpty());
    const Response red = north.kiosk->call(QStringLiteral("qr.redeem"), {{QStringLiteral("code"), north.code()}});
    QVERIFY2(red.ok, qPrintable(red.error.message));
    const QString northId = red.result.value(QStringLiteral("orderId")).toString();
    QVERIFY(submit(*north.kiosk, red).ok);
    const QString mainId = mainOrder.value(QStringLiteral("id")).toString();

    for (WsProbe *p : north.probes())
        QVERIFY(p->call(QStringLiteral("ping")).ok); // every event sent before is in
    QVERIFY(home.admin->call(QStringLiteral("ping")).ok);
    QVERIFY(home.display->waitForEvent(EventType::WaitingCompletion));
    QVERIFY(north.display->waitForEvent(EventType::WaitingCompletion));
    for (WsProbe *p : north.probes())
        QVERIFY(sawNone(*p, {mainId}));
    for (WsProbe *p : {home.admin.get(), home.barista.get(), home.display.get(), home.kiosk.get()})
        QVERIFY(sawNone(*p, {northId}));
    // Seqs stay server-wide: each sees an increasing subsequence.
    qint64 last = 0;
    for (const EventFrame &e : north.admin->events()) {
        QVERIFY(e.seq > last);
        last = e.seq;
    }

    // Reads: lists, gets and the admin's log are the shop's own.
    const QJsonArray listed = north.barista->call(QStringLiteral("orders.list")).result.value(QStringLiteral("orders")).toArray();
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.at(0).toObject().value(QStringLiteral("id")).toString(), northId);
    QCOMPARE(north.barista->call(QStringLiteral("order.get"), {{QStringLiteral("orderId"), mainId}}).error.code, ErrorCode::NotFound);
    QCOMPARE(north.barista->call(QStringLiteral("order.claim"), {{QStringLiteral("orderId"), mainId}}).error.code, ErrorCode::NotFound);
    const QJsonArray logged = north.admin->call(QStringLiteral("events.since"), {{QStringLiteral("seq"), 0}})
                                  .result.value(QStringLiteral("events")).toArray();
    QVERIFY(!logged.isEmpty());
    for (const QJsonValue &e : logged) {
        const QJsonObject detail = e.toObject().value(QStringLiteral("event")).toObject().value(QStringLiteral("detail")).toObject();
        QVERIFY(detail.value(QStringLiteral("order")).toObject().value(QStringLiteral("id")).toString() != mainId);
    }
    // A device resuming from before both orders hears its own shop's events only.
    WsProbe resumed(home.server.url());
    QVERIFY(resumed.connectNow());
    const Response hello = resumed.hello(Role::Admin, north.adminToken, north.admin->events().first().seq - 1);
    QVERIFY(hello.ok);
    QVERIFY(hello.result.value(QStringLiteral("resumed")).toBool());
    QVERIFY(resumed.waitForEvent(EventType::WaitingCompletion));
    QVERIFY(resumed.call(QStringLiteral("ping")).ok);
    QVERIFY(sawNone(resumed, {mainId}));
    // A reconnecting device's snapshot is its shop's too.
    WsProbe again(home.server.url());
    const QJsonArray snapshot = again.join(Role::Admin, north.adminToken)
                                    .value(QStringLiteral("snapshot")).toObject().value(QStringLiteral("orders")).toArray();
    QCOMPARE(snapshot.size(), 1);
    QCOMPARE(snapshot.at(0).toObject().value(QStringLiteral("id")).toString(), northId);
}

void TestShops::numbersCountPerShop()
{
    TestShop home(database());
    NorthShop north(home);
    QCOMPARE(home.placeOrder(*home.kiosk).value(QStringLiteral("number")).toInt(), 1);
    QCOMPARE(home.placeOrder(*home.kiosk2).value(QStringLiteral("number")).toInt(), 2);
    for (int expected = 1; expected <= 2; ++expected) {
        const Response red = north.kiosk->call(QStringLiteral("qr.redeem"), {{QStringLiteral("code"), north.code()}});
        QVERIFY2(red.ok, qPrintable(red.error.message));
        QCOMPARE(orderOf(submit(*north.kiosk, red)).value(QStringLiteral("number")).toInt(), expected);
    }
    // The next day starts again at 1 in each shop.
    home.server.clock().advance(24 * 60 * 60 * 1000);
    QCOMPARE(home.placeOrder(*home.kiosk).value(QStringLiteral("number")).toInt(), 1);
    const Response red = north.kiosk->call(QStringLiteral("qr.redeem"), {{QStringLiteral("code"), north.code()}});
    QVERIFY2(red.ok, qPrintable(red.error.message));
    QCOMPARE(orderOf(submit(*north.kiosk, red)).value(QStringLiteral("number")).toInt(), 1);
}

// Each shop's day starts at local midnight in its own timeZone: one shop's numbers start
// again at 1 while the other's day goes on.
void TestShops::aShopsDayStartsInItsTimeZone()
{
    TestShop home(database());
    NorthShop north(home);
    const QString far = QStringLiteral("Asia/Tokyo"); // UTC+9, no summer time
    QVERIFY(home.admin->call(QStringLiteral("settings.set"), {{QStringLiteral("timeZone"), QStringLiteral("UTC")}}).ok);
    const Response set = north.admin->call(QStringLiteral("settings.set"), {{QStringLiteral("timeZone"), far}});
    QVERIFY2(set.ok, qPrintable(set.error.message));
    QCOMPARE(set.result.value(QStringLiteral("shop")).toObject().value(QStringLiteral("timeZone")).toString(), far);
    QCOMPARE(north.admin->call(QStringLiteral("settings.set"), {{QStringLiteral("timeZone"), QStringLiteral("Mars/Base")}}).error.code,
             ErrorCode::BadRequest);

    const auto placeNorth = [&] {
        const Response red = north.kiosk->call(QStringLiteral("qr.redeem"), {{QStringLiteral("code"), north.code()}});
        return red.ok ? orderOf(submit(*north.kiosk, red)).value(QStringLiteral("number")).toInt() : -1;
    };
    QCOMPARE(home.placeOrder(*home.kiosk).value(QStringLiteral("number")).toInt(), 1);
    QCOMPARE(placeNorth(), 1);
    // Just after midnight in Tokyo, which is 15:00 in UTC the same day.
    const QTimeZone zone(far.toUtf8());
    const Millis now = home.server.clock().now();
    const QDate farDay = QDateTime::fromMSecsSinceEpoch(now, zone).date();
    const Millis farMidnight = farDay.addDays(1).startOfDay(zone).toMSecsSinceEpoch();
    QVERIFY(QDateTime::fromMSecsSinceEpoch(farMidnight, QTimeZone::utc()).date()
            == QDateTime::fromMSecsSinceEpoch(now, QTimeZone::utc()).date());
    home.server.clock().advance(farMidnight + 60'000 - now);
    QCOMPARE(placeNorth(), 1);
    QCOMPARE(home.placeOrder(*home.kiosk).value(QStringLiteral("number")).toInt(), 2);
    // "Today" is the shop's day too: north's figures count its new day only.
    const QJsonObject stats = north.barista->call(QStringLiteral("stats.get")).result.value(QStringLiteral("stats")).toObject();
    QVERIFY(!stats.isEmpty());
}

void TestShops::anotherShopsCodeIsInvalidAndTakesNoToken()
{
    TestShop home(database());
    NorthShop north(home);
    const QString mainCode = home.currentCode();
    const QString northCode = north.code();
    QVERIFY(!northCode.isEmpty());
    QVERIFY(mainCode != northCode);
    const int before = home.currentQr().value(QStringLiteral("tokensLeft")).toInt();
    const Response refused = north.kiosk->call(QStringLiteral("qr.redeem"), {{QStringLiteral("code"), mainCode}});
    QVERIFY(!refused.ok);
    QCOMPARE(refused.error.code, ErrorCode::InvalidCode);
    QCOMPARE(home.currentQr().value(QStringLiteral("tokensLeft")).toInt(), before);
    QCOMPARE(home.kiosk->call(QStringLiteral("qr.redeem"), {{QStringLiteral("code"), northCode}}).error.code,
             ErrorCode::InvalidCode);
    // The store knows each code's shop.
    QCOMPARE(home.server.storage().shopOfCode(northCode).value_or(QString()), kNorth);
    QCOMPARE(home.server.storage().shopOfCode(mainCode).value_or(QString()), QStringLiteral("main"));
}

void TestShops::baristaPresenceIsPerShop()
{
    TestShop home(database());
    Services &s = home.server.services();
    addShop(s, kNorth, QStringLiteral("North Bar"));
    auto kiosk = home.connect(Role::Kiosk, addDevice(s, Role::Kiosk, QStringLiteral("north-kiosk"), kNorth));
    auto admin = home.connect(Role::Admin, addDevice(s, Role::Admin, QStringLiteral("north-admin"), kNorth));
    const QString code = admin->call(QStringLiteral("qr.current")).result.value(QStringLiteral("qr")).toObject()
                             .value(QStringLiteral("code")).toString();
    // main's barista is connected, north has none.
    const Response refused = kiosk->call(QStringLiteral("qr.redeem"), {{QStringLiteral("code"), code}});
    QCOMPARE(refused.error.code, ErrorCode::ShopClosed);
    const auto unavailable = admin->waitForEvent(EventType::ShopUnavailable);
    QVERIFY(unavailable);
    QCOMPARE(unavailable->event.detail.value(QStringLiteral("reason")).toString(), QStringLiteral("no_barista"));
    QVERIFY(home.admin->call(QStringLiteral("ping")).ok);
    QVERIFY(home.admin->eventsOf(EventType::ShopUnavailable).isEmpty());
    auto barista = home.connect(Role::Barista, addDevice(s, Role::Barista, QStringLiteral("north-barista"), kNorth));
    QVERIFY(kiosk->call(QStringLiteral("qr.redeem"), {{QStringLiteral("code"), code}}).ok);
}

void TestShops::settingsMenuAndDevicesArePerShop()
{
    TestShop home(database());
    NorthShop north(home);
    home.clearEvents();
    const Response set = north.admin->call(QStringLiteral("settings.set"), {{QStringLiteral("maxOrdersInQueue"), 3}});
    QVERIFY2(set.ok, qPrintable(set.error.message));
    QCOMPARE(set.result.value(QStringLiteral("shop")).toObject().value(QStringLiteral("id")).toString(), kNorth);
    QVERIFY(north.display->waitForEvent(EventType::ConfigChanged));
    QVERIFY(north.barista->call(QStringLiteral("menu.setAvailable"),
                                {{QStringLiteral("drink"), QStringLiteral("Latte")}, {QStringLiteral("available"), false}}).ok);
    QVERIFY(north.barista->call(QStringLiteral("shop.setOpen"), {{QStringLiteral("open"), false}}).ok);
    QVERIFY(home.admin->call(QStringLiteral("ping")).ok);
    QVERIFY(home.admin->eventsOf(EventType::ConfigChanged).isEmpty());
    QVERIFY(home.display->eventsOf(EventType::ConfigChanged).isEmpty());
    const QJsonObject mainConfig = home.admin->call(QStringLiteral("config.get")).result;
    QCOMPARE(mainConfig.value(QStringLiteral("shop")).toObject().value(QStringLiteral("maxOrdersInQueue")).toInt(), 20);
    QCOMPARE(mainConfig.value(QStringLiteral("shop")).toObject().value(QStringLiteral("open")).toBool(), true);
    for (const QJsonValue &item : mainConfig.value(QStringLiteral("menu")).toArray())
        QVERIFY(item.toObject().value(QStringLiteral("available")).toBool());
    QCOMPARE(home.kiosk->call(QStringLiteral("qr.redeem"), {{QStringLiteral("code"), home.currentCode()}}).ok, true);

    // Devices: each admin lists and revokes its own shop's only.
    const auto names = [](const Response &r) {
        QStringList out;
        for (const QJsonValue &d : r.result.value(QStringLiteral("devices")).toArray())
            out.append(d.toObject().value(QStringLiteral("name")).toString());
        return out;
    };
    QCOMPARE(names(north.admin->call(QStringLiteral("device.list"))),
             (QStringList{QStringLiteral("north-admin"), QStringLiteral("north-barista"), QStringLiteral("north-display"),
                          QStringLiteral("north-kiosk")}));
    QVERIFY(!names(home.admin->call(QStringLiteral("device.list"))).contains(QStringLiteral("north-admin")));
    QCOMPARE(north.admin->call(QStringLiteral("device.revoke"), {{QStringLiteral("name"), QStringLiteral("kiosk-1")}}).error.code,
             ErrorCode::NotFound);
    QVERIFY(home.kiosk->call(QStringLiteral("ping")).ok);
    const Response added = north.admin->call(QStringLiteral("device.add"),
                                             {{QStringLiteral("role"), QStringLiteral("display")}, {QStringLiteral("name"), QStringLiteral("north-tv")}});
    QVERIFY(added.ok);
    WsProbe tv(home.server.url());
    const QJsonObject hello = tv.join(Role::Display, added.result.value(QStringLiteral("token")).toString());
    QCOMPARE(hello.value(QStringLiteral("snapshot")).toObject().value(QStringLiteral("shop")).toObject()
                 .value(QStringLiteral("id")).toString(), kNorth);
}

void TestShops::customerHelloNamesAShop()
{
    TestShop home(database());
    NorthShop north(home);
    WsProbe phone(home.server.url());
    QVERIFY(phone.connectNow());
    const Response hello = phone.call(QStringLiteral("hello"), {{QStringLiteral("protocol"), 1},
                                                                {QStringLiteral("role"), QStringLiteral("customer")},
                                                                {QStringLiteral("shop"), kNorth}});
    QVERIFY2(hello.ok, qPrintable(hello.error.message));
    QCOMPARE(hello.result.value(QStringLiteral("snapshot")).toObject().value(QStringLiteral("shop")).toObject()
                 .value(QStringLiteral("id")).toString(), kNorth);
    const Response red = phone.call(QStringLiteral("qr.redeem"), {{QStringLiteral("code"), north.code()}});
    QVERIFY2(red.ok, qPrintable(red.error.message));
    QVERIFY(phone.waitForEvent(EventType::WorkflowStarted));
    QVERIFY(north.barista->waitForEvent(EventType::WorkflowStarted));
    const QJsonArray mine = phone.call(QStringLiteral("orders.mine")).result.value(QStringLiteral("orders")).toArray();
    QCOMPARE(mine.size(), 1);

    // Without shop: main, as before. An unknown shop is NOT_FOUND.
    WsProbe plain(home.server.url());
    QVERIFY(plain.connectNow());
    const Response mainHello = plain.helloCustomer();
    QVERIFY(mainHello.ok);
    QCOMPARE(mainHello.result.value(QStringLiteral("snapshot")).toObject().value(QStringLiteral("shop")).toObject()
                 .value(QStringLiteral("id")).toString(), QStringLiteral("main"));
    WsProbe lost(home.server.url());
    QVERIFY(lost.connectNow());
    QCOMPARE(lost.call(QStringLiteral("hello"), {{QStringLiteral("protocol"), 1}, {QStringLiteral("role"), QStringLiteral("customer")},
                                                 {QStringLiteral("shop"), QStringLiteral("nowhere")}}).error.code,
             ErrorCode::NotFound);
    // phoneOrdering is the shop's own.
    QVERIFY(north.admin->call(QStringLiteral("settings.set"), {{QStringLiteral("phoneOrdering"), false}}).ok);
    WsProbe refused(home.server.url());
    QVERIFY(refused.connectNow());
    QCOMPARE(refused.call(QStringLiteral("hello"), {{QStringLiteral("protocol"), 1}, {QStringLiteral("role"), QStringLiteral("customer")},
                                                    {QStringLiteral("shop"), kNorth}}).error.code,
             ErrorCode::Forbidden);
    WsProbe stillMain(home.server.url());
    QVERIFY(stillMain.connectNow());
    QVERIFY(stillMain.helloCustomer().ok);
}

void TestShops::phonePageSendsTheCodesShop()
{
    TestShop home(database());
    NorthShop north(home);
    const QString code = north.code();
    const HttpReply moved = get(home.server.url(), "/o?code=" + code.toUtf8());
    QCOMPARE(moved.status, 303);
    QCOMPARE(moved.header("Location"), "/o?code=" + code.toUtf8() + "&shop=north");
    QCOMPARE(get(home.server.url(), "/o?code=" + code.toUtf8() + "&shop=north").status, 200);
    QCOMPARE(get(home.server.url(), "/o?code=" + home.currentCode().toUtf8()).status, 200);
    const HttpReply health = get(home.server.url(), "/healthz");
    QCOMPARE(QJsonDocument::fromJson(health.body).object().value(QStringLiteral("shops")).toInt(), 2);
    // The metrics count each shop's orders under its own id.
    home.placeOrder(*home.kiosk);
    const auto metrics = parseMetrics(get(home.server.url(), "/metrics").body);
    QVERIFY(metrics);
    QCOMPARE(metrics->value(QStringLiteral("presso_orders_total{shop=\"main\",state=\"QUEUED\"}")), 1.0);
    QCOMPARE(metrics->value(QStringLiteral("presso_orders_total{shop=\"north\",state=\"QUEUED\"}")), 0.0);
    QVERIFY(metrics->contains(QStringLiteral("presso_orders_total{shop=\"north\",state=\"QUEUED\"}")));
}

QTEST_GUILESS_MAIN(TestShops)
#include "tst_shops.moc"

// The customer role (phones) over real WebSockets: its token, what it may do, its
// orders and their events, following a kiosk order, resuming after a reconnect.
#include "customersupport.h"
#include "counter.h"
#include "secrets.h"

#include <QFile>
#include <QJsonDocument>

using namespace presso;
using namespace presso::test;
using namespace Qt::StringLiterals;

class TestCustomer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void helloGivesATokenAndKeepsIt();
    void tokenExpires24HoursAfterLastUse();
    void serverKeepsOnlyTheTokensHash();
    void phoneOrderingOffIsForbidden();
    void onlyTheMainShopExists();
    void everyOtherOpIsForbidden();
    void ordersOnThePhone();
    void cancelOnlyBeforeProduction();
    void oneOpenOrderAtATime();
    void customersAndKiosksAreIsolated();
    void followTakesAKioskOrder();
    void snapshotAndOrdersMineHoldTodaysOrders();
    void resumeAfterReconnect();
    void requestIdIsPerCustomer();
};

void TestCustomer::helloGivesATokenAndKeepsIt()
{
    TestShop shop;
    Phone first = connectPhone(shop.server.url());
    QVERIFY2(first.hello.ok, qPrintable(first.hello.error.message));
    const QJsonObject r = first.hello.result;
    QCOMPARE(r.value(u"role"_s).toString(), u"customer"_s);
    QVERIFY(first.token().size() >= 43);
    QVERIFY(!r.contains(u"device"_s));
    const QJsonObject snapshot = r.value(u"snapshot"_s).toObject();
    QVERIFY(snapshot.contains(u"shop"_s) && snapshot.contains(u"menu"_s));
    QCOMPARE(snapshot.value(u"orders"_s).toArray(), QJsonArray());
    QVERIFY2(!snapshot.contains(u"qr"_s), "a customer must scan the code, not be given it");

    Phone again = connectPhone(shop.server.url(), first.token());
    QVERIFY(again.hello.ok);
    QCOMPARE(again.token(), first.token());

    Phone stranger = connectPhone(shop.server.url(), u"not-a-token-this-server-made"_s);
    QVERIFY(stranger.hello.ok);
    QVERIFY(!stranger.token().isEmpty());
    QVERIFY(stranger.token() != first.token());
    QVERIFY(stranger->call(u"ping"_s).ok);
}

void TestCustomer::tokenExpires24HoursAfterLastUse()
{
    TestShop shop;
    const QString token = connectPhone(shop.server.url()).token();
    QVERIFY(!token.isEmpty());
    constexpr qint64 hour = 60 * 60 * 1000;
    // Each use starts its 24 hours again: 46 hours after it was made, it still works.
    shop.server.clock().advance(23 * hour);
    QCOMPARE(connectPhone(shop.server.url(), token).token(), token);
    shop.server.clock().advance(23 * hour);
    QCOMPARE(connectPhone(shop.server.url(), token).token(), token);
    shop.server.clock().advance(24 * hour + 1);
    const Phone late = connectPhone(shop.server.url(), token);
    QVERIFY(late.hello.ok);
    QVERIFY(late.token() != token);
    // Survives a restart: the token is in the database, not in memory.
    const QString kept = late.token();
    shop.server.restart();
    QCOMPARE(connectPhone(shop.server.url(), kept).token(), kept);
}

void TestCustomer::serverKeepsOnlyTheTokensHash()
{
    TestShop shop;
    Phone phone = connectPhone(shop.server.url());
    const TestShop::Redeemed order = shop.redeem(*phone.probe);
    QVERIFY(!order.orderId.isEmpty());
    auto &storage = shop.server.services().storage;
    QVERIFY(storage.customerByTokenHash(secrets::hashToken(phone.token()), 0));
    shop.server.stop();
    QByteArray everything;
    for (const QString &suffix : {u""_s, u"-wal"_s}) {
        QFile f(shop.server.databasePath() + suffix);
        if (f.open(QIODevice::ReadOnly))
            everything += f.readAll();
    }
    QVERIFY(everything.size() > 10'000);
    QVERIFY(!everything.contains(phone.token().toLatin1()));
    QVERIFY(!everything.contains(order.orderToken.toLatin1()));
    QVERIFY(everything.contains(secrets::hashToken(phone.token()).toLatin1()));
}

void TestCustomer::phoneOrderingOffIsForbidden()
{
    TestShop shop;
    QVERIFY(shop.admin->call(u"settings.set"_s, {{u"phoneOrdering"_s, false}}).ok);
    Phone phone = connectPhone(shop.server.url());
    QCOMPARE(phone.hello.error.code, ErrorCode::Forbidden);
    QVERIFY(phone->waitForClose());
    QCOMPARE(phone->closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);
    QVERIFY(shop.admin->call(u"settings.set"_s, {{u"phoneOrdering"_s, true}}).ok);
    QVERIFY(connectPhone(shop.server.url()).hello.ok);
}

void TestCustomer::onlyTheMainShopExists()
{
    TestShop shop;
    for (const QString &id : {u"other"_s, u""_s, u"MAIN"_s}) {
        WsProbe probe(shop.server.url());
        QVERIFY(probe.connectNow());
        const Response r = probe.call(u"hello"_s, {{u"protocol"_s, 1}, {u"role"_s, u"customer"_s}, {u"shop"_s, id}});
        QCOMPARE(r.error.code, ErrorCode::NotFound);
        QVERIFY(probe.waitForClose());
        QCOMPARE(probe.closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);
    }
    WsProbe probe(shop.server.url());
    QVERIFY(probe.connectNow());
    QVERIFY(probe.call(u"hello"_s, {{u"protocol"_s, 1}, {u"role"_s, u"customer"_s}, {u"shop"_s, u"main"_s}}).ok);
}

void TestCustomer::everyOtherOpIsForbidden()
{
    TestShop shop;
    Phone phone = connectPhone(shop.server.url());
    for (const QString &op : {u"shop.setOpen"_s, u"menu.setAvailable"_s, u"menu.set"_s, u"settings.set"_s,
                              u"qr.current"_s, u"order.claim"_s, u"order.unclaim"_s, u"order.complete"_s,
                              u"order.recall"_s, u"orders.list"_s, u"events.since"_s, u"stats.get"_s,
                              u"device.add"_s, u"device.list"_s, u"device.revoke"_s}) {
        const Response r = phone->call(op, {{u"open"_s, false}, {u"seq"_s, 0}, {u"orderId"_s, u"x"_s}});
        QVERIFY2(r.error.code == ErrorCode::Forbidden, qPrintable(op));
    }
    // And no device role may use the customer's own ops.
    for (WsProbe *p : {shop.kiosk.get(), shop.display.get(), shop.barista.get(), shop.admin.get()}) {
        QCOMPARE(p->call(u"orders.mine"_s).error.code, ErrorCode::Forbidden);
        QCOMPARE(p->call(u"order.follow"_s, {{u"orderId"_s, u"x"_s}, {u"orderToken"_s, u"y"_s}}).error.code,
                 ErrorCode::Forbidden);
    }
}

void TestCustomer::ordersOnThePhone()
{
    TestShop shop;
    Phone phone = connectPhone(shop.server.url());
    const int before = tokensLeft(shop);
    const TestShop::Redeemed order = shop.redeem(*phone.probe, u"Mia"_s);
    QVERIFY(!order.orderId.isEmpty());
    QCOMPARE(tokensLeft(shop), before - 1);
    QVERIFY(phone->waitForEvent(EventType::WorkflowStarted));
    QVERIFY(submitLatte(*phone.probe, order).ok);
    QVERIFY(phone->waitForEvent(EventType::WaitingCompletion));
    const Response got = phone->call(u"order.get"_s, orderArgs(order));
    QVERIFY2(got.ok, qPrintable(got.error.message));
    QCOMPARE(got.result.value(u"order"_s)[u"state"_s].toString(), u"QUEUED"_s);
    QCOMPARE(got.result.value(u"queuePosition"_s).toInt(), 1);
    QCOMPARE(phone->call(u"order.get"_s, {{u"orderId"_s, order.orderId}}).error.code, ErrorCode::Forbidden);
    // The barista makes it; the phone hears every step.
    QVERIFY(shop.barista->call(u"order.claim"_s, {{u"orderId"_s, order.orderId}}).ok);
    QVERIFY(phone->waitForEvent(EventType::MakeOrder));
    QVERIFY(shop.barista->call(u"order.complete"_s, {{u"orderId"_s, order.orderId}}).ok);
    const auto done = phone->waitForEvent(EventType::OrderCompleted);
    QVERIFY(done);
    QCOMPARE(done->event.detail[u"order"_s][u"customerName"_s].toString(), u"Mia"_s);
    QVERIFY(phone->eventsOf(EventType::OrderFinished).isEmpty());
}

void TestCustomer::cancelOnlyBeforeProduction()
{
    TestShop shop;
    Phone phone = connectPhone(shop.server.url());
    const TestShop::Redeemed awaiting = shop.redeem(*phone.probe);
    const Response cancelled = phone->call(u"order.cancel"_s, orderArgs(awaiting));
    QVERIFY2(cancelled.ok, qPrintable(cancelled.error.message));
    QCOMPARE(cancelled.result[u"order"_s][u"reason"_s].toString(), u"customer"_s);

    TestShop::Redeemed queued = shop.redeem(*phone.probe);
    QVERIFY(submitLatte(*phone.probe, queued).ok);
    QVERIFY(phone->call(u"order.cancel"_s, orderArgs(queued)).ok);

    TestShop::Redeemed making = shop.redeem(*phone.probe);
    QVERIFY(submitLatte(*phone.probe, making).ok);
    QVERIFY(shop.barista->call(u"order.claim"_s, {{u"orderId"_s, making.orderId}}).ok);
    QCOMPARE(phone->call(u"order.cancel"_s, orderArgs(making)).error.code, ErrorCode::Conflict);
    QCOMPARE(shop.server.services().storage.order(OrderId{making.orderId})->order.state, OrderState::InProduction);
}

void TestCustomer::oneOpenOrderAtATime()
{
    TestShop shop;
    Phone phone = connectPhone(shop.server.url());
    const TestShop::Redeemed first = shop.redeem(*phone.probe);
    QVERIFY(!first.orderId.isEmpty());
    const int left = tokensLeft(shop);
    const Response again = phone->call(u"qr.redeem"_s, {{u"code"_s, shop.currentCode()}});
    QCOMPARE(again.error.code, ErrorCode::Conflict);
    QCOMPARE(tokensLeft(shop), left);
    // Still open while queued and while being made; free again once it is collected.
    QVERIFY(submitLatte(*phone.probe, first).ok);
    QCOMPARE(phone->call(u"qr.redeem"_s, {{u"code"_s, shop.currentCode()}}).error.code, ErrorCode::Conflict);
    QVERIFY(shop.barista->call(u"order.claim"_s, {{u"orderId"_s, first.orderId}}).ok);
    QCOMPARE(phone->call(u"qr.redeem"_s, {{u"code"_s, shop.currentCode()}}).error.code, ErrorCode::Conflict);
    QVERIFY(shop.barista->call(u"order.complete"_s, {{u"orderId"_s, first.orderId}}).ok);
    QVERIFY(!shop.redeem(*phone.probe).orderId.isEmpty());
    // Another phone is another customer.
    Phone other = connectPhone(shop.server.url());
    QVERIFY(!shop.redeem(*other.probe).orderId.isEmpty());
    // An open kiosk order the phone follows counts as its own.
    Phone follower = connectPhone(shop.server.url());
    TestShop::Redeemed atKiosk;
    shop.placeOrder(*shop.kiosk, &atKiosk);
    QVERIFY(follower->call(u"order.follow"_s, orderArgs(atKiosk)).ok);
    QCOMPARE(follower->call(u"qr.redeem"_s, {{u"code"_s, shop.currentCode()}}).error.code, ErrorCode::Conflict);
}

void TestCustomer::customersAndKiosksAreIsolated()
{
    TestShop shop;
    Phone a = connectPhone(shop.server.url());
    Phone b = connectPhone(shop.server.url());
    TestShop::Redeemed orderA, orderB, orderK;
    QVERIFY(!shop.placeOrder(*a.probe, &orderA).isEmpty());
    QVERIFY(!shop.placeOrder(*b.probe, &orderB).isEmpty());
    QVERIFY(!shop.placeOrder(*shop.kiosk, &orderK).isEmpty());
    for (const auto &o : {orderA, orderB, orderK})
        QVERIFY(shop.barista->call(u"order.claim"_s, {{u"orderId"_s, o.orderId}}).ok);
    QVERIFY(shop.admin->call(u"menu.setAvailable"_s, {{u"drink"_s, u"Espresso"_s}, {u"available"_s, false}}).ok);
    QVERIFY(a->waitForEvent(EventType::ConfigChanged));
    QVERIFY(b->waitForEvent(EventType::ConfigChanged));
    QTRY_COMPARE(shop.kiosk->eventsOf(EventType::MakeOrder).size(), 1);

    QCOMPARE(orderIdsInEvents(*a.probe), QStringList{orderA.orderId});
    QCOMPARE(orderIdsInEvents(*b.probe), QStringList{orderB.orderId});
    QCOMPARE(orderIdsInEvents(*shop.kiosk), QStringList{orderK.orderId});
    const QList<EventType> kioskSet{EventType::WorkflowStarted, EventType::WaitingCompletion, EventType::MakeOrder,
                                    EventType::ConfigChanged};
    for (const EventFrame &f : a->events()) {
        QVERIFY2(kioskSet.contains(f.event.type), qPrintable(eventTypeName(f.event.type)));
        QVERIFY(!QJsonDocument(f.toJson()).toJson().contains("orderToken"));
    }
    // A token is no use on another customer's order.
    QCOMPARE(a->call(u"order.get"_s, orderArgs(orderB)).error.code, ErrorCode::Forbidden);
    QCOMPARE(a->call(u"order.cancel"_s, orderArgs(orderB)).error.code, ErrorCode::Forbidden);
    QCOMPARE(a->call(u"order.get"_s, orderArgs(orderK)).error.code, ErrorCode::Forbidden);
    QCOMPARE(shop.kiosk->call(u"order.get"_s, orderArgs(orderA)).error.code, ErrorCode::Forbidden);
    const QJsonArray mine = a->call(u"orders.mine"_s).result.value(u"orders"_s).toArray();
    QCOMPARE(mine.size(), 1);
    QCOMPARE(mine[0][u"id"_s].toString(), orderA.orderId);
}

void TestCustomer::followTakesAKioskOrder()
{
    TestShop shop;
    TestShop::Redeemed order;
    QVERIFY(!shop.placeOrder(*shop.kiosk, &order).isEmpty());
    Phone phone = connectPhone(shop.server.url());
    const int left = tokensLeft(shop);
    QCOMPARE(phone->call(u"order.follow"_s, {{u"orderId"_s, order.orderId}, {u"orderToken"_s, u"guess"_s}}).error.code,
             ErrorCode::Forbidden);
    QCOMPARE(phone->call(u"order.follow"_s, {{u"orderId"_s, u"no-such-order"_s}, {u"orderToken"_s, u"x"_s}}).error.code,
             ErrorCode::NotFound);
    const Response followed = phone->call(u"order.follow"_s, orderArgs(order));
    QVERIFY2(followed.ok, qPrintable(followed.error.message));
    QCOMPARE(followed.result[u"order"_s][u"id"_s].toString(), order.orderId);
    QCOMPARE(followed.result[u"order"_s][u"orderToken"_s].toString(), order.orderToken);
    QCOMPARE(tokensLeft(shop), left);
    // From now on both the phone and the kiosk hear about it.
    QVERIFY(shop.barista->call(u"order.claim"_s, {{u"orderId"_s, order.orderId}}).ok);
    QVERIFY(phone->waitForEvent(EventType::MakeOrder));
    QTRY_COMPARE(shop.kiosk->eventsOf(EventType::MakeOrder).size(), 1);
    const QJsonArray mine = phone->call(u"orders.mine"_s).result.value(u"orders"_s).toArray();
    QCOMPARE(mine.size(), 1);
    QCOMPARE(mine[0][u"orderToken"_s].toString(), order.orderToken);
    QVERIFY(phone->call(u"order.get"_s, orderArgs(order)).ok);
    // A finished order can still be followed, by another phone too.
    QVERIFY(shop.barista->call(u"order.complete"_s, {{u"orderId"_s, order.orderId}}).ok);
    QVERIFY(phone->waitForEvent(EventType::OrderCompleted));
    Phone late = connectPhone(shop.server.url());
    const Response done = late->call(u"order.follow"_s, orderArgs(order));
    QVERIFY(done.ok);
    QCOMPARE(done.result[u"order"_s][u"state"_s].toString(), u"COMPLETED"_s);
}

void TestCustomer::snapshotAndOrdersMineHoldTodaysOrders()
{
    TestShop shop;
    Phone phone = connectPhone(shop.server.url());
    TestShop::Redeemed order;
    QVERIFY(!shop.placeOrder(*phone.probe, &order).isEmpty());
    Phone reloaded = connectPhone(shop.server.url(), phone.token());
    const QJsonArray orders = reloaded.hello.result[u"snapshot"_s][u"orders"_s].toArray();
    QCOMPARE(orders.size(), 1);
    QCOMPARE(orders[0][u"id"_s].toString(), order.orderId);
    QCOMPARE(orders[0][u"state"_s].toString(), u"QUEUED"_s);
    QCOMPARE(orders[0][u"orderToken"_s].toString(), order.orderToken);
    QCOMPARE(reloaded->call(u"orders.mine"_s).result.value(u"orders"_s).toArray(), orders);
    // The token acts on the order after the reload.
    QVERIFY(reloaded->call(u"order.cancel"_s, orderArgs(order)).ok);
    // Tomorrow the list is empty, though the customer is the same.
    ManualClock &clock = shop.server.clock();
    clock.advance(Counter::dayStart(clock.now()) + 24 * 3600 * 1000 + 60'000 - clock.now());
    Phone tomorrow = connectPhone(shop.server.url(), phone.token());
    QCOMPARE(tomorrow.token(), phone.token());
    QCOMPARE(tomorrow.hello.result[u"snapshot"_s][u"orders"_s].toArray(), QJsonArray());
    QCOMPARE(tomorrow->call(u"orders.mine"_s).result.value(u"orders"_s).toArray(), QJsonArray());
}

void TestCustomer::resumeAfterReconnect()
{
    TestShop shop;
    Phone phone = connectPhone(shop.server.url());
    TestShop::Redeemed mine, kiosks;
    QVERIFY(!shop.placeOrder(*phone.probe, &mine).isEmpty());
    QVERIFY(phone->waitForEvent(EventType::WaitingCompletion));
    const qint64 lastSeen = phone->events().last().seq;
    phone->socket().close();
    // While the phone is away: its order is made, another is placed at the kiosk.
    QVERIFY(!shop.placeOrder(*shop.kiosk, &kiosks).isEmpty());
    QVERIFY(shop.barista->call(u"order.claim"_s, {{u"orderId"_s, mine.orderId}}).ok);
    QVERIFY(shop.barista->call(u"order.complete"_s, {{u"orderId"_s, mine.orderId}}).ok);
    Phone back = connectPhone(shop.server.url(), phone.token(), lastSeen);
    QVERIFY(back.hello.ok);
    QCOMPARE(back.hello.result.value(u"resumed"_s).toBool(), true);
    QVERIFY(back->waitForEvent(EventType::OrderCompleted));
    QList<EventType> types;
    qint64 previous = lastSeen;
    for (const EventFrame &f : back->events()) {
        QVERIFY(f.seq > previous);
        previous = f.seq;
        types.append(f.event.type);
    }
    QCOMPARE(types, (QList<EventType>{EventType::MakeOrder, EventType::OrderCompleted}));
    QCOMPARE(orderIdsInEvents(*back.probe), QStringList{mine.orderId});
}

void TestCustomer::requestIdIsPerCustomer()
{
    TestShop shop;
    Phone a = connectPhone(shop.server.url());
    Phone b = connectPhone(shop.server.url());
    const QJsonObject args{{u"code"_s, shop.currentCode()}};
    const Response first = a->call(u"qr.redeem"_s, args, u"tap-1"_s);
    const Response twice = a->call(u"qr.redeem"_s, args, u"tap-1"_s);
    QVERIFY(first.ok && twice.ok);
    QCOMPARE(twice.result.value(u"orderId"_s), first.result.value(u"orderId"_s));
    const Response other = b->call(u"qr.redeem"_s, args, u"tap-1"_s);
    QVERIFY(other.ok);
    QVERIFY(other.result.value(u"orderId"_s) != first.result.value(u"orderId"_s));
}

QTEST_GUILESS_MAIN(TestCustomer)
#include "tst_customer.moc"

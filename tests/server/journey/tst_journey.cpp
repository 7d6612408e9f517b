// An order's whole journey over real WebSockets: every action, every event and exactly
// who receives it, the timeouts moved by the injected clock, and the refusals. Each case
// runs on the SQLite file and on a real PostgreSQL 15 cluster.
#include "backends.h"
#include "testshop.h"

#include <QJsonArray>
#include <QTest>

using namespace presso;
using namespace presso::test;

namespace {
QJsonObject orderOf(const EventFrame &e)
{
    return e.event.detail.value(QStringLiteral("order")).toObject();
}

QJsonObject args(std::initializer_list<std::pair<QString, QJsonValue>> list)
{
    QJsonObject o;
    for (const auto &[k, v] : list)
        o.insert(k, v);
    return o;
}
} // namespace

class TestJourney : public QObject
{
    Q_OBJECT

    Backends m_backends;

    // The store of this case's backend: empty for the SQLite file, else a new database.
    QString database() { return m_backends.database(QStringLiteral("journey")); }

private Q_SLOTS:
    void initTestCase_data() { Backends::addRows(); }
    void fullJourneyAndRecipients();
    void unclaimReturnsToQueue();
    void customerTimeout();
    void baristaTimeout();
    void cancelRules();
    void actionsOnlyFromTheRightState();
    void submitValidatesAgainstTheMenu();
    void kioskSeesOnlyItsOwnOrders();
    void numbersCountUpAndRestartEachDay();
    void statsCountToday();
    void queuePositionForTheKiosk();
};

void TestJourney::fullJourneyAndRecipients()
{
    TestShop shop(database());
    shop.clearEvents();
    const auto red = shop.redeem(*shop.kiosk, QStringLiteral("  Ana  "));
    QVERIFY(!red.orderId.isEmpty());
    QVERIFY(!red.orderToken.isEmpty());

    // Redeem: NewOrder to screens, WorkflowStarted to the owning kiosk and staff.
    QVERIFY(shop.display->waitForEvent(EventType::NewOrder));
    QVERIFY(shop.barista->waitForEvent(EventType::WorkflowStarted));
    const auto started = shop.kiosk->waitForEvent(EventType::WorkflowStarted);
    QVERIFY(started);
    QCOMPARE(orderOf(*started).value(QStringLiteral("state")).toString(), QStringLiteral("AWAITING_ORDER"));
    QCOMPARE(orderOf(*started).value(QStringLiteral("customerName")).toString(), QStringLiteral("Ana"));
    QVERIFY(orderOf(*started).value(QStringLiteral("number")).isNull());
    const auto newOrder = shop.admin->waitForEvent(EventType::NewOrder);
    QVERIFY(newOrder);
    QCOMPARE(newOrder->event.detail.value(QStringLiteral("tokensLeft")).toInt(), 9);
    QCOMPARE(newOrder->event.detail.value(QStringLiteral("orderId")).toString(), red.orderId);

    // Submit.
    const Response submitted = shop.kiosk->call(QStringLiteral("order.submit"),
        args({{QStringLiteral("orderId"), red.orderId}, {QStringLiteral("orderToken"), red.orderToken},
              {QStringLiteral("drink"), QStringLiteral("Latte")},
              {QStringLiteral("modifiers"), QJsonArray{QStringLiteral("Oat")}}}));
    QVERIFY2(submitted.ok, qPrintable(submitted.error.message));
    const QJsonObject order = submitted.result.value(QStringLiteral("order")).toObject();
    QCOMPARE(order.value(QStringLiteral("number")).toInt(), 1);
    QCOMPARE(order.value(QStringLiteral("state")).toString(), QStringLiteral("QUEUED"));
    QCOMPARE(order.value(QStringLiteral("icon")).toString(), QStringLiteral("latte"));
    QCOMPARE(order.value(QStringLiteral("deadline")).toString(),
             isoFromMillis(shop.server.clock().now() + 900'000));
    for (WsProbe *p : {shop.kiosk.get(), shop.display.get(), shop.barista.get(), shop.admin.get()})
        QVERIFY(p->waitForEvent(EventType::WaitingCompletion));

    // Claim: the display sees the public view only.
    QVERIFY(shop.barista->call(QStringLiteral("order.claim"), args({{QStringLiteral("orderId"), red.orderId}})).ok);
    const auto make = shop.display->waitForEvent(EventType::MakeOrder);
    QVERIFY(make);
    QCOMPARE(orderOf(*make).value(QStringLiteral("state")).toString(), QStringLiteral("IN_PRODUCTION"));
    QVERIFY(orderOf(*make).value(QStringLiteral("baristaId")).isNull());
    const auto makeForStaff = shop.admin->waitForEvent(EventType::MakeOrder);
    QVERIFY(makeForStaff);
    QCOMPARE(orderOf(*makeForStaff).value(QStringLiteral("baristaId")).toString(), QStringLiteral("barista-1"));
    QVERIFY(shop.kiosk->waitForEvent(EventType::MakeOrder));

    // Complete: OrderCompleted to all but other kiosks, OrderFinished to staff only.
    const Response done = shop.barista->call(QStringLiteral("order.complete"), args({{QStringLiteral("orderId"), red.orderId}}));
    QVERIFY(done.ok);
    QVERIFY(!done.result.value(QStringLiteral("order")).toObject().value(QStringLiteral("completedAt")).isNull());
    QVERIFY(shop.kiosk->waitForEvent(EventType::OrderCompleted));
    QVERIFY(shop.display->waitForEvent(EventType::OrderCompleted));
    QVERIFY(shop.barista->waitForEvent(EventType::OrderFinished));
    QVERIFY(shop.admin->waitForEvent(EventType::OrderFinished));

    // Give any stray delivery the chance to arrive, then check what must not have.
    shop.admin->call(QStringLiteral("ping"));
    shop.kiosk->call(QStringLiteral("ping"));
    shop.display->call(QStringLiteral("ping"));
    shop.kiosk2->call(QStringLiteral("ping"));
    QVERIFY(shop.kiosk2->events().isEmpty());
    QVERIFY(shop.display->eventsOf(EventType::WorkflowStarted).isEmpty());
    QVERIFY(shop.display->eventsOf(EventType::OrderFinished).isEmpty());
    QVERIFY(shop.kiosk->eventsOf(EventType::OrderFinished).isEmpty());
    QVERIFY(shop.kiosk->eventsOf(EventType::NewOrder).isEmpty());

    // Each client saw strictly increasing seqs.
    for (WsProbe *p : {shop.kiosk.get(), shop.display.get(), shop.barista.get(), shop.admin.get()}) {
        qint64 last = 0;
        for (const EventFrame &e : p->events()) {
            QVERIFY(e.seq > last);
            last = e.seq;
        }
    }
    // No event ever carries a token.
    for (const EventFrame &e : shop.admin->events())
        QVERIFY(!QString::fromUtf8(encodeFrame(e.toJson())).contains(red.orderToken));
}

void TestJourney::unclaimReturnsToQueue()
{
    TestShop shop(database());
    const QJsonObject order = shop.placeOrder(*shop.kiosk);
    const QString id = order.value(QStringLiteral("id")).toString();
    QVERIFY(shop.barista->call(QStringLiteral("order.claim"), args({{QStringLiteral("orderId"), id}})).ok);
    shop.clearEvents();
    const Response r = shop.barista->call(QStringLiteral("order.unclaim"), args({{QStringLiteral("orderId"), id}}));
    QVERIFY(r.ok);
    const QJsonObject back = r.result.value(QStringLiteral("order")).toObject();
    QCOMPARE(back.value(QStringLiteral("state")).toString(), QStringLiteral("QUEUED"));
    QVERIFY(back.value(QStringLiteral("baristaId")).isNull());
    const auto e = shop.display->waitForEvent(EventType::MakeOrder);
    QVERIFY(e);
    QVERIFY(orderOf(*e).value(QStringLiteral("baristaId")).isNull());
    QCOMPARE(orderOf(*e).value(QStringLiteral("state")).toString(), QStringLiteral("QUEUED"));
}

void TestJourney::customerTimeout()
{
    TestShop shop(database());
    const auto red = shop.redeem(*shop.kiosk);
    shop.clearEvents();
    shop.server.clock().advance(299'000);
    QCOMPARE(shop.server.services().storage.order(OrderId{red.orderId})->order.state, OrderState::AwaitingOrder);
    shop.server.clock().advance(1'000);
    const auto timeout = shop.kiosk->waitForEvent(EventType::OrderTimeOut);
    QVERIFY(timeout);
    QCOMPARE(timeout->event.detail.value(QStringLiteral("cause")).toString(), QStringLiteral("customer"));
    QCOMPARE(orderOf(*timeout).value(QStringLiteral("state")).toString(), QStringLiteral("TIMED_OUT"));
    QCOMPARE(orderOf(*timeout).value(QStringLiteral("reason")).toString(), QStringLiteral("customer_timeout"));
    QVERIFY(shop.barista->waitForEvent(EventType::OrderFinished));

    const Response late = shop.kiosk->call(QStringLiteral("order.submit"),
        args({{QStringLiteral("orderId"), red.orderId}, {QStringLiteral("orderToken"), red.orderToken},
              {QStringLiteral("drink"), QStringLiteral("Espresso")}}));
    QVERIFY(!late.ok);
    QCOMPARE(late.error.code, ErrorCode::Expired);
}

void TestJourney::baristaTimeout()
{
    TestShop shop(database());
    const QJsonObject order = shop.placeOrder(*shop.kiosk);
    QVERIFY(!order.isEmpty());
    shop.clearEvents();
    shop.server.clock().advance(899'999);
    QCOMPARE(shop.server.services().storage.openOrders().size(), 1);
    shop.server.clock().advance(1);
    const auto timeout = shop.display->waitForEvent(EventType::OrderTimeOut);
    QVERIFY(timeout);
    QCOMPARE(timeout->event.detail.value(QStringLiteral("cause")).toString(), QStringLiteral("barista"));
    QCOMPARE(orderOf(*timeout).value(QStringLiteral("state")).toString(), QStringLiteral("TIMED_OUT"));
    const auto finished = shop.admin->waitForEvent(EventType::OrderFinished);
    QVERIFY(finished);
    QCOMPARE(orderOf(*finished).value(QStringLiteral("reason")).toString(), QStringLiteral("barista_timeout"));
}

void TestJourney::cancelRules()
{
    TestShop shop(database());
    TestShop::Redeemed a, b, c;
    shop.placeOrder(*shop.kiosk, &a);
    shop.placeOrder(*shop.kiosk, &b);
    shop.placeOrder(*shop.kiosk, &c);

    // The customer cancels a queued order with its token.
    const Response mine = shop.kiosk->call(QStringLiteral("order.cancel"),
        args({{QStringLiteral("orderId"), a.orderId}, {QStringLiteral("orderToken"), a.orderToken}}));
    QVERIFY(mine.ok);
    QCOMPARE(mine.result.value(QStringLiteral("order")).toObject().value(QStringLiteral("reason")).toString(),
             QStringLiteral("customer"));
    QVERIFY(shop.display->waitForEvent(EventType::OrderCancelled));

    // Without the token, or as another kiosk, it may not.
    const Response noToken = shop.kiosk->call(QStringLiteral("order.cancel"), args({{QStringLiteral("orderId"), b.orderId}}));
    QCOMPARE(noToken.error.code, ErrorCode::Forbidden);
    const Response other = shop.kiosk2->call(QStringLiteral("order.cancel"),
        args({{QStringLiteral("orderId"), b.orderId}, {QStringLiteral("orderToken"), b.orderToken}}));
    QCOMPARE(other.error.code, ErrorCode::Forbidden);

    // Once it is being made, only the barista can cancel it.
    QVERIFY(shop.barista->call(QStringLiteral("order.claim"), args({{QStringLiteral("orderId"), b.orderId}})).ok);
    const Response tooLate = shop.kiosk->call(QStringLiteral("order.cancel"),
        args({{QStringLiteral("orderId"), b.orderId}, {QStringLiteral("orderToken"), b.orderToken}}));
    QCOMPARE(tooLate.error.code, ErrorCode::Conflict);
    const Response barista = shop.barista->call(QStringLiteral("order.cancel"), args({{QStringLiteral("orderId"), b.orderId}}));
    QVERIFY(barista.ok);
    QCOMPARE(barista.result.value(QStringLiteral("order")).toObject().value(QStringLiteral("reason")).toString(),
             QStringLiteral("barista"));

    // A finished order cannot be cancelled again.
    const Response again = shop.barista->call(QStringLiteral("order.cancel"), args({{QStringLiteral("orderId"), a.orderId}}));
    QCOMPARE(again.error.code, ErrorCode::Conflict);
    const Response unknown = shop.barista->call(QStringLiteral("order.cancel"), args({{QStringLiteral("orderId"), QStringLiteral("nope")}}));
    QCOMPARE(unknown.error.code, ErrorCode::NotFound);
}

void TestJourney::actionsOnlyFromTheRightState()
{
    TestShop shop(database());
    TestShop::Redeemed red;
    shop.placeOrder(*shop.kiosk, &red);
    const auto call = [&](const char *op) {
        return shop.barista->call(QString::fromLatin1(op), args({{QStringLiteral("orderId"), red.orderId}})).error.code;
    };
    QCOMPARE(call("order.complete"), ErrorCode::Conflict);
    QCOMPARE(call("order.unclaim"), ErrorCode::Conflict);
    QVERIFY(shop.barista->call(QStringLiteral("order.claim"), args({{QStringLiteral("orderId"), red.orderId}})).ok);
    QCOMPARE(call("order.claim"), ErrorCode::Conflict);
    QVERIFY(shop.barista->call(QStringLiteral("order.complete"), args({{QStringLiteral("orderId"), red.orderId}})).ok);
    QCOMPARE(call("order.claim"), ErrorCode::Conflict);
    QCOMPARE(call("order.complete"), ErrorCode::Conflict);
    const Response resubmit = shop.kiosk->call(QStringLiteral("order.submit"),
        args({{QStringLiteral("orderId"), red.orderId}, {QStringLiteral("orderToken"), red.orderToken},
              {QStringLiteral("drink"), QStringLiteral("Espresso")}}));
    QCOMPARE(resubmit.error.code, ErrorCode::Conflict);
}

void TestJourney::submitValidatesAgainstTheMenu()
{
    TestShop shop(database());
    const auto red = shop.redeem(*shop.kiosk);
    auto submit = [&](const QString &drink, const QStringList &mods, const QString &name = QStringLiteral("Bo")) {
        return shop.kiosk->call(QStringLiteral("order.submit"),
            args({{QStringLiteral("orderId"), red.orderId}, {QStringLiteral("orderToken"), red.orderToken},
                  {QStringLiteral("drink"), drink}, {QStringLiteral("modifiers"), QJsonArray::fromStringList(mods)},
                  {QStringLiteral("customerName"), name}}));
    };
    QCOMPARE(submit(QStringLiteral("Mocha"), {}).error.code, ErrorCode::InvalidOrder);
    QCOMPARE(submit(QStringLiteral("Espresso"), {QStringLiteral("Oat")}).error.code, ErrorCode::InvalidOrder);
    QCOMPARE(submit(QStringLiteral("Latte"), {QStringLiteral("Oat"), QStringLiteral("Regular")}).error.code,
             ErrorCode::InvalidOrder);
    QCOMPARE(submit(QStringLiteral("Latte"), {}, QStringLiteral("A name far too long for the board")).error.code,
             ErrorCode::InvalidOrder);
    QVERIFY(shop.barista->call(QStringLiteral("menu.setAvailable"),
        args({{QStringLiteral("drink"), QStringLiteral("Latte")}, {QStringLiteral("available"), false}})).ok);
    const Response soldOut = submit(QStringLiteral("Latte"), {QStringLiteral("Oat")});
    QCOMPARE(soldOut.error.code, ErrorCode::InvalidOrder);
    QVERIFY(soldOut.error.message.contains(QStringLiteral("sold out")));
    // Nothing above changed the order: it still takes a valid choice.
    const Response ok = submit(QStringLiteral("Flat White"), {QStringLiteral("Regular")});
    QVERIFY2(ok.ok, qPrintable(ok.error.message));
    QCOMPARE(ok.result.value(QStringLiteral("order")).toObject().value(QStringLiteral("customerName")).toString(),
             QStringLiteral("Bo"));
}

void TestJourney::kioskSeesOnlyItsOwnOrders()
{
    TestShop shop(database());
    TestShop::Redeemed mine;
    shop.placeOrder(*shop.kiosk, &mine);
    const Response get = shop.kiosk->call(QStringLiteral("order.get"),
        args({{QStringLiteral("orderId"), mine.orderId}, {QStringLiteral("orderToken"), mine.orderToken}}));
    QVERIFY(get.ok);
    const Response other = shop.kiosk2->call(QStringLiteral("order.get"),
        args({{QStringLiteral("orderId"), mine.orderId}, {QStringLiteral("orderToken"), mine.orderToken}}));
    QCOMPARE(other.error.code, ErrorCode::Forbidden);
    const Response list = shop.kiosk->call(QStringLiteral("orders.list"));
    QCOMPARE(list.error.code, ErrorCode::Forbidden);
    // A fresh hello's snapshot holds the kiosk's own orders only, and no QR code.
    auto snapshotOf = [&](const QString &token) {
        WsProbe probe(shop.server.url());
        return probe.join(Role::Kiosk, token).value(QStringLiteral("snapshot")).toObject();
    };
    const QJsonObject own = snapshotOf(shop.kioskToken);
    QCOMPARE(own.value(QStringLiteral("orders")).toArray().size(), 1);
    QVERIFY(!own.contains(QStringLiteral("qr")));
    QCOMPARE(snapshotOf(shop.kiosk2Token).value(QStringLiteral("orders")).toArray().size(), 0);
}

void TestJourney::numbersCountUpAndRestartEachDay()
{
    TestShop shop(database());
    for (int expected = 1; expected <= 3; ++expected) {
        const QJsonObject o = shop.placeOrder(*shop.kiosk);
        QCOMPARE(o.value(QStringLiteral("number")).toInt(), expected);
    }
    // Move to 00:00:30 local time of the next day.
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(shop.server.clock().now());
    const QDateTime nextDay(now.date().addDays(1), QTime(0, 0, 30));
    shop.server.clock().setNow(nextDay.toMSecsSinceEpoch());
    const QJsonObject first = shop.placeOrder(*shop.kiosk);
    QCOMPARE(first.value(QStringLiteral("number")).toInt(), 1);
}

void TestJourney::statsCountToday()
{
    TestShop shop(database());
    TestShop::Redeemed a;
    shop.placeOrder(*shop.kiosk, &a);
    shop.placeOrder(*shop.kiosk, nullptr, QStringLiteral("Espresso"), {});
    QVERIFY(shop.barista->call(QStringLiteral("order.claim"), args({{QStringLiteral("orderId"), a.orderId}})).ok);
    shop.server.clock().advance(90'000);
    QVERIFY(shop.barista->call(QStringLiteral("order.complete"), args({{QStringLiteral("orderId"), a.orderId}})).ok);
    const Response r = shop.barista->call(QStringLiteral("stats.get"));
    QVERIFY(r.ok);
    const QJsonObject stats = r.result.value(QStringLiteral("stats")).toObject();
    QCOMPARE(stats.value(QStringLiteral("orders")).toInt(), 2);
    QCOMPARE(stats.value(QStringLiteral("completed")).toInt(), 1);
    const QJsonArray drinks = stats.value(QStringLiteral("drinks")).toArray();
    QCOMPARE(drinks.size(), 2);
    for (const QJsonValue &d : drinks) {
        const QJsonObject o = d.toObject();
        if (o.value(QStringLiteral("drink")).toString() == QLatin1String("Latte"))
            QCOMPARE(o.value(QStringLiteral("avgPrepSec")).toDouble(), 90.0);
        else
            QVERIFY(o.value(QStringLiteral("avgPrepSec")).isNull());
    }
    QCOMPARE(stats.value(QStringLiteral("perHour")).toArray().size(), 1);
    QCOMPARE(stats.value(QStringLiteral("perHour")).toArray().first().toObject().value(QStringLiteral("count")).toInt(), 2);
}

void TestJourney::queuePositionForTheKiosk()
{
    TestShop shop(database());
    TestShop::Redeemed a, b, c;
    shop.placeOrder(*shop.kiosk, &a);
    shop.placeOrder(*shop.kiosk, &b);
    shop.placeOrder(*shop.kiosk, &c);
    auto position = [&](const TestShop::Redeemed &r) {
        return shop.kiosk->call(QStringLiteral("order.get"), {{QStringLiteral("orderId"), r.orderId},
                                                              {QStringLiteral("orderToken"), r.orderToken}})
            .result.value(QStringLiteral("queuePosition"));
    };
    QCOMPARE(position(a).toInt(), 1);
    QCOMPARE(position(c).toInt(), 3);
    QVERIFY(shop.barista->call(QStringLiteral("order.claim"), {{QStringLiteral("orderId"), a.orderId}}).ok);
    QCOMPARE(position(c).toInt(), 3); // being made is still ahead
    QVERIFY(shop.barista->call(QStringLiteral("order.complete"), {{QStringLiteral("orderId"), a.orderId}}).ok);
    QCOMPARE(position(c).toInt(), 2);
    QVERIFY(position(a).isNull()); // ready: no longer in line
}

QTEST_GUILESS_MAIN(TestJourney)
#include "tst_journey.moc"

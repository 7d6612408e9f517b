// order.recall, the barista's undo: back where the order was, within a minute only.
#include "testshop.h"

#include <QTest>

using namespace presso;
using namespace presso::test;

namespace {
QJsonObject orderOf(const Response &r)
{
    return r.result.value(QStringLiteral("order")).toObject();
}
} // namespace

class TestRecall : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void undoReadyWithinAMinute();
    void undoCancelGoesBackWhereItWas();
    void refusedAfterAMinuteOrFromTheWrongState();
    void onlyStaffMayRecall();
    void idempotent();
};

void TestRecall::undoReadyWithinAMinute()
{
    TestShop shop;
    const QString id = shop.placeOrder(*shop.kiosk).value(QStringLiteral("id")).toString();
    QVERIFY(shop.barista->call(QStringLiteral("order.claim"), {{QStringLiteral("orderId"), id}}).ok);
    QVERIFY(shop.barista->call(QStringLiteral("order.complete"), {{QStringLiteral("orderId"), id}}).ok);
    shop.server.clock().advance(59'000);
    shop.clearEvents();
    const Response r = shop.barista->call(QStringLiteral("order.recall"), {{QStringLiteral("orderId"), id}});
    QVERIFY2(r.ok, qPrintable(r.error.message));
    QCOMPARE(orderOf(r).value(QStringLiteral("state")).toString(), QStringLiteral("IN_PRODUCTION"));
    QCOMPARE(orderOf(r).value(QStringLiteral("baristaId")).toString(), QStringLiteral("barista-1"));
    QVERIFY(orderOf(r).value(QStringLiteral("completedAt")).isNull());
    QVERIFY(orderOf(r).value(QStringLiteral("finishedAt")).isNull());
    QVERIFY(!orderOf(r).value(QStringLiteral("deadline")).isNull());
    // Announced to all but other kiosks.
    QVERIFY(shop.display->waitForEvent(EventType::OrderRecalled));
    QVERIFY(shop.kiosk->waitForEvent(EventType::OrderRecalled));
    shop.kiosk2->call(QStringLiteral("ping"));
    QVERIFY(shop.kiosk2->eventsOf(EventType::OrderRecalled).isEmpty());
    // And it can be completed again.
    QVERIFY(shop.barista->call(QStringLiteral("order.complete"), {{QStringLiteral("orderId"), id}}).ok);
}

void TestRecall::undoCancelGoesBackWhereItWas()
{
    TestShop shop;
    const QString queued = shop.placeOrder(*shop.kiosk).value(QStringLiteral("id")).toString();
    const QString making = shop.placeOrder(*shop.kiosk).value(QStringLiteral("id")).toString();
    QVERIFY(shop.barista->call(QStringLiteral("order.claim"), {{QStringLiteral("orderId"), making}}).ok);
    const auto waiting = shop.redeem(*shop.kiosk);
    for (const QString &id : {queued, making, waiting.orderId})
        QVERIFY(shop.barista->call(QStringLiteral("order.cancel"), {{QStringLiteral("orderId"), id}}).ok);
    auto stateAfterRecall = [&](const QString &id) {
        return orderOf(shop.barista->call(QStringLiteral("order.recall"), {{QStringLiteral("orderId"), id}}))
            .value(QStringLiteral("state")).toString();
    };
    QCOMPARE(stateAfterRecall(queued), QStringLiteral("QUEUED"));
    QCOMPARE(stateAfterRecall(making), QStringLiteral("IN_PRODUCTION"));
    QCOMPARE(stateAfterRecall(waiting.orderId), QStringLiteral("AWAITING_ORDER"));
    QCOMPARE(shop.server.services().storage.openOrders().size(), 3);
    // The customer may still order the recalled one.
    QVERIFY(shop.kiosk->call(QStringLiteral("order.submit"), {{QStringLiteral("orderId"), waiting.orderId},
                                                              {QStringLiteral("orderToken"), waiting.orderToken},
                                                              {QStringLiteral("drink"), QStringLiteral("Espresso")}}).ok);
}

void TestRecall::refusedAfterAMinuteOrFromTheWrongState()
{
    TestShop shop;
    const QString id = shop.placeOrder(*shop.kiosk).value(QStringLiteral("id")).toString();
    QCOMPARE(shop.barista->call(QStringLiteral("order.recall"), {{QStringLiteral("orderId"), id}}).error.code, ErrorCode::Conflict);
    QVERIFY(shop.barista->call(QStringLiteral("order.cancel"), {{QStringLiteral("orderId"), id}}).ok);
    shop.server.clock().advance(60'001);
    const Response late = shop.barista->call(QStringLiteral("order.recall"), {{QStringLiteral("orderId"), id}});
    QCOMPARE(late.error.code, ErrorCode::Conflict);
    QVERIFY(late.error.message.contains(QStringLiteral("more than a minute")));
    QCOMPARE(shop.server.services().storage.order(OrderId{id})->order.state, OrderState::Cancelled);
    QCOMPARE(shop.barista->call(QStringLiteral("order.recall"), {{QStringLiteral("orderId"), QStringLiteral("nope")}}).error.code,
             ErrorCode::NotFound);
}

void TestRecall::onlyStaffMayRecall()
{
    TestShop shop;
    TestShop::Redeemed red;
    shop.placeOrder(*shop.kiosk, &red);
    QVERIFY(shop.barista->call(QStringLiteral("order.cancel"), {{QStringLiteral("orderId"), red.orderId}}).ok);
    const QJsonObject args{{QStringLiteral("orderId"), red.orderId}, {QStringLiteral("orderToken"), red.orderToken}};
    QCOMPARE(shop.kiosk->call(QStringLiteral("order.recall"), args).error.code, ErrorCode::Forbidden);
    QCOMPARE(shop.display->call(QStringLiteral("order.recall"), args).error.code, ErrorCode::Forbidden);
    QVERIFY(shop.admin->call(QStringLiteral("order.recall"), args).ok);
}

void TestRecall::idempotent()
{
    TestShop shop;
    const QString id = shop.placeOrder(*shop.kiosk).value(QStringLiteral("id")).toString();
    QVERIFY(shop.barista->call(QStringLiteral("order.cancel"), {{QStringLiteral("orderId"), id}}).ok);
    shop.clearEvents();
    const Response first = shop.barista->call(QStringLiteral("order.recall"), {{QStringLiteral("orderId"), id}}, QStringLiteral("undo-1"));
    const Response again = shop.barista->call(QStringLiteral("order.recall"), {{QStringLiteral("orderId"), id}}, QStringLiteral("undo-1"));
    QVERIFY(first.ok);
    QCOMPARE(again.result, first.result);
    shop.admin->call(QStringLiteral("ping"));
    QCOMPARE(shop.admin->eventsOf(EventType::OrderRecalled).size(), 1);
}

QTEST_GUILESS_MAIN(TestRecall)
#include "tst_recall.moc"

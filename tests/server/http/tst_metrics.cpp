// GET /metrics scraped and parsed as Prometheus reads it: the counters move with a real
// order journey through real WebSockets and SQLite, connections follow the sessions,
// and nothing a customer or a device owns (a name, a code, a token) ever shows.
#include "httpsupport.h"
#include "testshop.h"

#include <QJsonArray>
#include <QTest>

using namespace presso;
using namespace presso::test;
using namespace Qt::StringLiterals;

namespace {
QHash<QString, double> scrape(TestShop &shop)
{
    const HttpReply reply = get(shop.server.url(), "/metrics");
    if (reply.status != 200) {
        qWarning("GET /metrics answered %d", reply.status);
        return {};
    }
    const auto values = parseMetrics(reply.body);
    if (!values)
        qWarning("GET /metrics is not in the text format:\n%s", reply.body.constData());
    return values.value_or(QHash<QString, double>());
}

QString orders(const char *state)
{
    return u"presso_orders_total{shop=\"main\",state=\"%1\"}"_s.arg(QLatin1StringView(state));
}
} // namespace

class TestMetrics : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyFamilyIsThereFromTheStart();
    void countersFollowAnOrderJourney();
    void connectionsFollowSessions();
    void noNameCodeOrTokenEverShows();
};

void TestMetrics::everyFamilyIsThereFromTheStart()
{
    TestShop shop;
    const HttpReply reply = get(shop.server.url(), "/metrics");
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.header("content-type"), "text/plain; version=0.0.4; charset=utf-8");
    QCOMPARE(reply.header("cache-control"), "no-store");
    for (const char *type : {"# TYPE presso_orders_total counter", "# TYPE presso_connections gauge",
                             "# TYPE presso_events_total counter", "# TYPE presso_request_duration_seconds histogram",
                             "# TYPE presso_commit_duration_seconds histogram"})
        QVERIFY2(reply.body.contains(type), type);
    const auto values = parseMetrics(reply.body);
    QVERIFY(values);
    for (const char *state : {"AWAITING_ORDER", "QUEUED", "IN_PRODUCTION", "COMPLETED", "CANCELLED", "TIMED_OUT"})
        QVERIFY2(values->contains(orders(state)), state);
    // The shop's hellos were requests and their device checks were commits.
    QVERIFY(values->value(u"presso_request_duration_seconds_count{op=\"hello\"}"_s) >= 5);
    QVERIFY(values->value(u"presso_commit_duration_seconds_count"_s) >= 1);
    QVERIFY(values->value(u"presso_request_duration_seconds_bucket{op=\"hello\",le=\"+Inf\"}"_s) >= 5);
}

void TestMetrics::countersFollowAnOrderJourney()
{
    TestShop shop;
    const QHash<QString, double> before = scrape(shop);
    QVERIFY(!before.isEmpty());
    const auto moved = [&](const QHash<QString, double> &after, const QString &name) {
        return after.value(name) - before.value(name);
    };

    // One drink made and collected, one cancelled by the barista.
    TestShop::Redeemed made, dropped;
    QVERIFY(!shop.placeOrder(*shop.kiosk, &made).isEmpty());
    QVERIFY(!shop.placeOrder(*shop.kiosk2, &dropped).isEmpty());
    QVERIFY(shop.barista->call(u"order.claim"_s, {{u"orderId"_s, made.orderId}}).ok);
    QVERIFY(shop.barista->call(u"order.complete"_s, {{u"orderId"_s, made.orderId}}).ok);
    QVERIFY(shop.barista->call(u"order.cancel"_s, {{u"orderId"_s, dropped.orderId}}).ok);
    QVERIFY(shop.barista->waitForEvent(EventType::OrderCancelled).has_value());

    const QHash<QString, double> after = scrape(shop);
    QCOMPARE(moved(after, orders("AWAITING_ORDER")), 2.0);
    QCOMPARE(moved(after, orders("QUEUED")), 2.0);
    QCOMPARE(moved(after, orders("IN_PRODUCTION")), 1.0);
    QCOMPARE(moved(after, orders("COMPLETED")), 1.0);
    QCOMPARE(moved(after, orders("CANCELLED")), 1.0);
    QCOMPARE(moved(after, orders("TIMED_OUT")), 0.0);
    // Redeem, submit, claim, complete, cancel: each a request of its own op, timed.
    QCOMPARE(moved(after, u"presso_request_duration_seconds_count{op=\"qr.redeem\"}"_s), 2.0);
    QCOMPARE(moved(after, u"presso_request_duration_seconds_count{op=\"order.submit\"}"_s), 2.0);
    QCOMPARE(moved(after, u"presso_request_duration_seconds_count{op=\"order.complete\"}"_s), 1.0);
    QVERIFY(after.value(u"presso_request_duration_seconds_sum{op=\"order.submit\"}"_s) > 0);
    // Each state change was an event, besides the codes and the finished notices.
    QVERIFY(moved(after, u"presso_events_total"_s) >= 7);
    QVERIFY(moved(after, u"presso_commit_duration_seconds_count"_s) >= 5);
    QVERIFY(after.value(u"presso_commit_duration_seconds_sum"_s) > 0);

    // An order that runs out of time counts as timed out, once.
    TestShop::Redeemed late;
    late = shop.redeem(*shop.kiosk);
    QVERIFY(!late.orderId.isEmpty());
    shop.server.clock().advance(qint64(shop.server.services().config.shop().customerTimeoutSec + 1) * 1000);
    QVERIFY(shop.kiosk->waitForEvent(EventType::OrderTimeOut).has_value());
    QCOMPARE(moved(scrape(shop), orders("TIMED_OUT")), 1.0);
}

void TestMetrics::connectionsFollowSessions()
{
    TestShop shop;
    QHash<QString, double> now = scrape(shop);
    QCOMPARE(now.value(u"presso_connections{role=\"kiosk\"}"_s), 2.0);
    QCOMPARE(now.value(u"presso_connections{role=\"display\"}"_s), 1.0);
    QCOMPARE(now.value(u"presso_connections{role=\"barista\"}"_s), 1.0);
    QCOMPARE(now.value(u"presso_connections{role=\"admin\"}"_s), 1.0);
    QCOMPARE(now.value(u"presso_connections{role=\"none\"}"_s), 0.0);

    WsProbe anonymous(shop.server.url());
    QVERIFY(anonymous.connectNow());
    QTRY_COMPARE(scrape(shop).value(u"presso_connections{role=\"none\"}"_s), 1.0);
    QVERIFY(anonymous.hello(Role::Display, shop.displayToken).ok);
    now = scrape(shop);
    QCOMPARE(now.value(u"presso_connections{role=\"none\"}"_s), 0.0);
    QCOMPARE(now.value(u"presso_connections{role=\"display\"}"_s), 2.0);

    shop.kiosk2->socket().close();
    QTRY_COMPARE(scrape(shop).value(u"presso_connections{role=\"kiosk\"}"_s), 1.0);
}

void TestMetrics::noNameCodeOrTokenEverShows()
{
    TestShop shop;
    const QString code = shop.currentCode();
    const TestShop::Redeemed red = shop.redeem(*shop.kiosk, u"Zebedee"_s);
    QVERIFY(!red.orderId.isEmpty());
    QVERIFY(shop.kiosk->call(u"order.submit"_s, {{u"orderId"_s, red.orderId},
                                                 {u"orderToken"_s, red.orderToken},
                                                 {u"drink"_s, u"Latte"_s},
                                                 {u"modifiers"_s, QJsonArray{u"Oat"_s}}})
                .ok);
    // A client chooses its op names: one that looks like a secret stays out of the labels.
    const QString secretOp = u"op-"_s + shop.adminToken;
    QCOMPARE(shop.admin->call(secretOp).error.code, ErrorCode::UnknownOp);

    const HttpReply reply = get(shop.server.url(), "/metrics");
    QCOMPARE(reply.status, 200);
    const QList<QString> secrets{u"Zebedee"_s, code, red.orderToken, red.orderId, shop.adminToken, shop.baristaToken,
                                 shop.displayToken, shop.kioskToken, shop.kiosk2Token, u"display-1"_s};
    for (const QString &secret : secrets) {
        QVERIFY(!secret.isEmpty());
        QVERIFY2(!reply.body.contains(secret.toUtf8()), qPrintable(secret));
    }
    const auto values = parseMetrics(reply.body);
    QVERIFY(values);
    QCOMPARE(values->value(u"presso_request_duration_seconds_count{op=\"unknown\"}"_s), 1.0);
}

QTEST_GUILESS_MAIN(TestMetrics)
#include "tst_metrics.moc"

// The WAL sync on its own thread (server/walsyncer.h): the real server on a real SQLite
// file, its syncer held by the test. A batch that has committed but whose sync has not
// finished answers no one and publishes nothing; once the sync finishes, its responses
// and events go out, batches in commit order.
#include "httpsupport.h"
#include "testshop.h"

#include <QTest>

using namespace presso;
using namespace presso::test;

class TestWalSync : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void nothingIsToldBeforeItsSync();
    void batchesAreToldInCommitOrder();

private:
    static WalSyncer &syncerOf(TestShop &shop);
    // Sends a redeem of the code without waiting for its answer (the customer's name is id).
    static void sendRedeem(WsProbe &kiosk, const QString &code, const QString &id);
    // A round trip through the server's event loop that needs no sync (GET /healthz):
    // whatever the server had sent before it answers has reached the test's sockets.
    static void roundTrip(TestShop &shop);
};

WalSyncer &TestWalSync::syncerOf(TestShop &shop)
{
    auto *sqlite = dynamic_cast<SqliteStorage *>(&shop.server.storage());
    if (!sqlite || !sqlite->walSyncer())
        qFatal("a serving SQLite store defers its syncs to a WalSyncer");
    return *sqlite->walSyncer();
}

void TestWalSync::sendRedeem(WsProbe &kiosk, const QString &code, const QString &id)
{
    Request req;
    req.id = id;
    req.op = QStringLiteral("qr.redeem");
    req.args = {{QStringLiteral("code"), code}, {QStringLiteral("customerName"), id}};
    kiosk.socket().sendTextMessage(QString::fromUtf8(encodeFrame(req.toJson())));
}

void TestWalSync::roundTrip(TestShop &shop)
{
    QUrl http = shop.server.url();
    http.setScheme(QStringLiteral("http"));
    QCOMPARE(get(http, "/healthz").status, 200);
}

void TestWalSync::nothingIsToldBeforeItsSync()
{
    TestShop shop;
    WalSyncer &syncer = syncerOf(shop);
    const qint64 bucket = shop.server.clock().now() / 300'000;
    const int tokensBefore = shop.server.services().storage.code(bucket)->tokensLeft;
    // Asked before the hold: the admin's answer would wait for the sync too.
    const QString code = shop.currentCode();
    shop.clearEvents();
    QSignalSpy answered(shop.kiosk.get(), &WsProbe::responseArrived);

    syncer.hold(true);
    sendRedeem(*shop.kiosk, code, QStringLiteral("held"));
    // The redeem's batch committed (the token is taken in the store) and waits for its sync.
    QTRY_VERIFY(syncer.waiting() >= 1);
    QCOMPARE(shop.server.services().storage.code(bucket)->tokensLeft, tokensBefore - 1);
    roundTrip(shop);
    QCOMPARE(answered.count(), 0);
    QVERIFY(shop.admin->eventsOf(EventType::NewOrder).isEmpty());
    QVERIFY(shop.barista->events().isEmpty());

    syncer.hold(false);
    QTRY_COMPARE(answered.count(), 1);
    const QList<Response> responses = shop.kiosk->takeResponses(1);
    QCOMPARE(responses.size(), 1);
    QVERIFY(responses.first().ok);
    QCOMPARE(responses.first().id.toString(), QStringLiteral("held"));
    QVERIFY(shop.admin->waitForEvent(EventType::NewOrder));
    QTRY_COMPARE(syncer.waiting(), qsizetype(0));
}

void TestWalSync::batchesAreToldInCommitOrder()
{
    TestShop shop;
    WalSyncer &syncer = syncerOf(shop);
    const QString code = shop.currentCode();
    shop.clearEvents();

    syncer.hold(true);
    sendRedeem(*shop.kiosk, code, QStringLiteral("first"));
    QTRY_VERIFY(syncer.waiting() >= 1);
    const qsizetype afterFirst = syncer.waiting();
    sendRedeem(*shop.kiosk2, code, QStringLiteral("second"));
    QTRY_VERIFY(syncer.waiting() > afterFirst);
    roundTrip(shop);
    QVERIFY(shop.admin->events().isEmpty());

    syncer.hold(false);
    QTRY_COMPARE(shop.admin->eventsOf(EventType::NewOrder).size(), 2);
    const QList<EventFrame> events = shop.admin->eventsOf(EventType::NewOrder);
    QVERIFY(events.at(0).seq < events.at(1).seq);
    const QList<Response> first = shop.kiosk->takeResponses(1);
    const QList<Response> second = shop.kiosk2->takeResponses(1);
    QVERIFY(first.size() == 1 && first.first().ok);
    QVERIFY(second.size() == 1 && second.first().ok);
    const auto orderOf = [](const EventFrame &e) {
        return e.event.detail.value(QStringLiteral("orderId")).toString();
    };
    QCOMPARE(orderOf(events.at(0)), first.first().result.value(QStringLiteral("orderId")).toString());
    QCOMPARE(orderOf(events.at(1)), second.first().result.value(QStringLiteral("orderId")).toString());
}

QTEST_MAIN(TestWalSync)
#include "tst_walsync.moc"

// Two servers on one store: what one acknowledges, the other serves at once. On either
// backend a server catches up with other writers before each batch of requests; on
// PostgreSQL it is also told of their commits (LISTEN/NOTIFY) and pushes their events
// without waiting for its housekeeping.
#include "storagesupport.h"
#include "testserver.h"
#include "wsprobe.h"

using namespace presso;
using namespace presso::test;

namespace {
constexpr int kNever = 3'600'000; // housekeeping out of the way: an hour
constexpr int kPresenceTurn = 20; // housekeeping often, so that presence travels at once

int queueLimitIn(const EventFrame &f)
{
    return f.event.detail.value(QStringLiteral("shop")).toObject().value(QStringLiteral("maxOrdersInQueue")).toInt();
}
} // namespace

class tst_OtherWriters : public QObject
{
    Q_OBJECT

    Stores m_stores;

private Q_SLOTS:
    void aReadSeesWhatAnotherServerAcknowledged_data()
    {
        QTest::addColumn<QString>("backend");
        for (const QString &b : Stores::backends())
            QTest::newRow(qPrintable(b)) << b;
    }

    void aReadSeesWhatAnotherServerAcknowledged()
    {
        QFETCH(QString, backend);
        const QString store = m_stores.fresh(backend);
        TestServer a(store);
        TestServer b(store);
        b.server().setHousekeepingInterval(kNever);
        WsProbe owner(a.url());
        WsProbe bar(b.url());
        QVERIFY(!owner.join(Role::Admin, a.addDevice(Role::Admin, QStringLiteral("owner"))).isEmpty());
        QVERIFY(!bar.join(Role::Barista, b.addDevice(Role::Barista, QStringLiteral("bar"))).isEmpty());
        for (int limit : {7, 8, 9}) {
            QVERIFY(owner.call(QStringLiteral("settings.set"), QJsonObject{{QStringLiteral("maxOrdersInQueue"), limit}}).ok);
            // Sent after the acknowledgement: b's answer shows it, and b's client had the
            // event first.
            const Response read = bar.call(QStringLiteral("config.get"));
            QVERIFY(read.ok);
            QCOMPARE(read.result.value(QStringLiteral("shop")).toObject().value(QStringLiteral("maxOrdersInQueue")).toInt(), limit);
            const QList<EventFrame> changes = bar.eventsOf(EventType::ConfigChanged);
            QVERIFY(!changes.isEmpty());
            QCOMPARE(queueLimitIn(changes.last()), limit);
        }
    }

    void anotherServersCommitIsPushed()
    {
        const QString uri = m_stores.fresh(QStringLiteral("postgresql"));
        TestServer a(uri);
        TestServer b(uri);
        b.server().setHousekeepingInterval(kNever);
        WsProbe owner(a.url());
        WsProbe bar(b.url());
        QVERIFY(!owner.join(Role::Admin, a.addDevice(Role::Admin, QStringLiteral("owner"))).isEmpty());
        QVERIFY(!bar.join(Role::Barista, b.addDevice(Role::Barista, QStringLiteral("bar"))).isEmpty());
        bar.clearEvents();
        // b is asked nothing: only the notification can tell it.
        QVERIFY(owner.call(QStringLiteral("settings.set"), QJsonObject{{QStringLiteral("maxOrdersInQueue"), 7}}).ok);
        const auto pushed = bar.waitForEvent(EventType::ConfigChanged);
        QVERIFY(pushed);
        QCOMPARE(queueLimitIn(*pushed), 7);
        // And b's own reads agree with what it pushed.
        QCOMPARE(b.services().config.shop().maxOrdersInQueue, 7);
    }

    void theNextCodeFollowsAnotherServersSettings()
    {
        const QString uri = m_stores.fresh(QStringLiteral("postgresql"));
        TestServer a(uri);
        TestServer b(uri);
        WsProbe owner(a.url());
        WsProbe display(b.url());
        QVERIFY(!owner.join(Role::Admin, a.addDevice(Role::Admin, QStringLiteral("owner"))).isEmpty());
        QVERIFY(!display.join(Role::Display, b.addDevice(Role::Display, QStringLiteral("tv"))).isEmpty());
        QVERIFY(owner.call(QStringLiteral("settings.set"), QJsonObject{{QStringLiteral("drinksPerCode"), 50}}).ok);
        QTRY_COMPARE(b.services().config.shop().drinksPerCode, 50);
        // b reaches the next bucket first and makes its code.
        display.clearEvents();
        const Millis next = b.services().validator.nextBucketStart(b.clock().now());
        b.clock().setNow(next + 10);
        const auto code = display.waitForEvent(EventType::NewCode);
        QVERIFY(code);
        QCOMPARE(code->event.detail.value(QStringLiteral("tokensTotal")).toInt(), 50);
        a.clock().setNow(next + 20);
        const Response snap = owner.call(QStringLiteral("config.get"));
        QVERIFY(snap.ok);
    }

    void aBaristaOnOneServerIsOnDutyForAll_data() { aReadSeesWhatAnotherServerAcknowledged_data(); }

    void aBaristaOnOneServerIsOnDutyForAll()
    {
        QFETCH(QString, backend);
        const QString store = m_stores.fresh(backend);
        TestServer a(store);
        TestServer b(store);
        a.server().setHousekeepingInterval(kPresenceTurn);
        b.server().setHousekeepingInterval(kPresenceTurn);
        const Presence &seen = b.services().presence;
        WsProbe kiosk(b.url());
        QVERIFY(!kiosk.join(Role::Kiosk, b.addDevice(Role::Kiosk, QStringLiteral("kiosk"))).isEmpty());
        const QString barista = a.addDevice(Role::Barista, QStringLiteral("bar"));
        QVERIFY(!seen.baristaPresent(mainShopId()));
        QCOMPARE(redeem(b, kiosk).error.code, ErrorCode::ShopClosed);
        {
            // Connected to a only: b's kiosk is served.
            WsProbe bar(a.url());
            QVERIFY(!bar.join(Role::Barista, barista).isEmpty());
            QTRY_VERIFY(seen.baristaPresent(mainShopId()));
            QVERIFY(redeem(b, kiosk).ok);
        }
        // Gone from a: b refuses again once a has said so.
        QTRY_VERIFY(!seen.baristaPresent(mainShopId()));
        QCOMPARE(redeem(b, kiosk).error.code, ErrorCode::ShopClosed);

        // A server that died says nothing more: its row stops counting once it is old.
        b.server().setHousekeepingInterval(kNever);
        b.storage().setPresence(QStringLiteral("a-server-that-died"), {mainShopId()}, b.clock().now());
        b.services().transactor.run([&] {
            b.services().presence.refresh();
            return 0;
        });
        QVERIFY(seen.baristaPresent(mainShopId()));
        b.clock().advance(Presence::kExpiryMs + 1);
        b.services().transactor.run([&] {
            b.services().presence.refresh();
            return 0;
        });
        QVERIFY(!seen.baristaPresent(mainShopId()));
    }

private:
    static Response redeem(TestServer &server, WsProbe &kiosk)
    {
        Services &s = server.services();
        const QString code = s.transactor.run([&] { return s.validator.current().code; });
        return kiosk.call(QStringLiteral("qr.redeem"), {{QStringLiteral("code"), code}});
    }
};

QTEST_GUILESS_MAIN(tst_OtherWriters)
#include "tst_otherwriters.moc"

// Two servers on one store: what one acknowledges, the other serves at once. On either
// backend a server catches up with other writers before each batch of requests; on
// PostgreSQL it is also told of their commits (LISTEN/NOTIFY) and pushes their events
// without waiting for its housekeeping.
#include "storagesupport.h"
#include "policy.h"
#include "testservices.h"
#include "testserver.h"
#include "wsprobe.h"

#include <QJsonDocument>

using namespace presso;
using namespace presso::test;

namespace {
constexpr int kNever = 3'600'000; // housekeeping out of the way: an hour
constexpr int kPresenceTurn = 20; // housekeeping often, so that presence travels at once

int queueLimitIn(const EventFrame &f)
{
    return f.event.detail.value(QStringLiteral("shop")).toObject().value(QStringLiteral("maxOrdersInQueue")).toInt();
}
// An owner on server a and a barista on server b, b's events so far cleared.
struct OwnerAndBar
{
    OwnerAndBar(TestServer &a, TestServer &b)
        : owner(a.url())
        , bar(b.url())
    {
        joined = !owner.join(Role::Admin, a.addDevice(Role::Admin, QStringLiteral("owner"))).isEmpty()
                 && !bar.join(Role::Barista, b.addDevice(Role::Barista, QStringLiteral("bar"))).isEmpty();
        bar.clearEvents();
    }
    WsProbe owner;
    WsProbe bar;
    bool joined = false;
};
// Two servers on one store, each housekeeping often, so that presence travels at once.
struct TwoServers
{
    explicit TwoServers(const QString &store)
        : a(store)
        , b(store)
    {
        a.server().setHousekeepingInterval(kPresenceTurn);
        b.server().setHousekeepingInterval(kPresenceTurn);
    }
    TestServer a;
    TestServer b;
};
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
        OwnerAndBar clients(a, b);
        QVERIFY(clients.joined);
        WsProbe &owner = clients.owner;
        WsProbe &bar = clients.bar;
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

    // Another server's event that this server cannot read when it comes (the store stops
    // answering reads) is not skipped: it waits, with this server's own later events, and
    // all go out in seq order once the store answers. Made real with PostgreSQL's column
    // privileges: b's role may write events and learn their seq, but not read them.
    void anEventThatCannotBeReadNowGoesOutLater()
    {
        const QString uri = m_stores.fresh(QStringLiteral("postgresql"));
        TestServer a(uri);
        const QString database = uri.section(QLatin1Char('/'), -1);
        const auto sql = [&](const QString &statement) {
            m_stores.cluster().runClient(QStringLiteral("psql"), {QStringLiteral("-d"), database, QStringLiteral("-v"),
                                                                  QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-Atc"), statement});
        };
        sql(QStringLiteral("CREATE ROLE narrow LOGIN PASSWORD 'narrow'; GRANT ALL ON ALL TABLES IN SCHEMA public TO narrow;"
                           " GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO narrow;"));
        TestServer b(QString(uri).replace(QStringLiteral("//presso:presso-test@"), QStringLiteral("//narrow:narrow@")));
        b.server().setHousekeepingInterval(kNever);
        OwnerAndBar clients(a, b);
        QVERIFY(clients.joined);
        WsProbe &owner = clients.owner;
        WsProbe &bar = clients.bar;

        sql(QStringLiteral("REVOKE SELECT ON events FROM narrow; GRANT SELECT (seq) ON events TO narrow;"));
        QVERIFY(owner.call(QStringLiteral("settings.set"), QJsonObject{{QStringLiteral("maxOrdersInQueue"), 7}}).ok);
        // b's own command is stored and answered; its event comes after a's, which b
        // cannot read yet, so neither goes out.
        QVERIFY(bar.call(QStringLiteral("shop.setOpen"), QJsonObject{{QStringLiteral("open"), false}}).ok);
        QVERIFY(bar.call(QStringLiteral("ping")).ok);
        QVERIFY(bar.events().isEmpty());

        sql(QStringLiteral("GRANT SELECT ON events TO narrow;"));
        QVERIFY(bar.call(QStringLiteral("ping")).ok);
        QTRY_VERIFY(bar.events().size() >= 2);
        const QList<EventFrame> got = bar.events();
        QCOMPARE(queueLimitIn(got.at(0)), 7);
        QCOMPARE(got.at(1).seq, got.at(0).seq + 1);
        QVERIFY(!got.at(1).event.detail.value(QStringLiteral("shop")).toObject().value(QStringLiteral("open")).toBool(true));
    }

    void aBaristaOnOneServerIsOnDutyForAll_data() { aReadSeesWhatAnotherServerAcknowledged_data(); }

    void aBaristaOnOneServerIsOnDutyForAll()
    {
        QFETCH(QString, backend);
        TwoServers both(m_stores.fresh(backend));
        TestServer &a = both.a;
        TestServer &b = both.b;
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

    // Issue 15's "done when": two servers on one store serve two shops; each shop's
    // devices are spread over both, and each sees every event of its own shop and none of
    // the other's.
    void twoServersServeTwoShops_data() { aReadSeesWhatAnotherServerAcknowledged_data(); }

    void twoServersServeTwoShops()
    {
        QFETCH(QString, backend);
        TwoServers both(m_stores.fresh(backend));
        TestServer &a = both.a;
        TestServer &b = both.b;
        const QString north = QStringLiteral("north");
        addShop(a.services(), north, QStringLiteral("North Bar"));
        struct Device
        {
            QString shop;
            Role role;
            TestServer *server;
            std::unique_ptr<WsProbe> probe;
            QString name;
        };
        std::vector<Device> devices;
        // Each shop's barista on one server, its kiosk and display on the other.
        for (const QString &shop : {mainShopId(), north}) {
            TestServer &bar = shop == north ? b : a;
            TestServer &front = shop == north ? a : b;
            for (Role role : {Role::Barista, Role::Kiosk, Role::Display})
                devices.push_back({shop, role, role == Role::Barista ? &bar : &front, nullptr,
                                   shop + QLatin1Char('-') + roleName(role)});
        }
        for (Device &d : devices) {
            d.probe = std::make_unique<WsProbe>(d.server->url());
            QVERIFY(!d.probe->join(d.role, addDevice(a.services(), d.role, d.name, d.shop)).isEmpty());
        }
        QTRY_VERIFY(a.services().presence.baristaPresent(north));
        QTRY_VERIFY(b.services().presence.baristaPresent(mainShopId()));
        for (Device &d : devices)
            QVERIFY(d.probe->call(QStringLiteral("ping")).ok);
        const qint64 from = a.services().events.lastSeq();

        // An order in each shop, taken on one server and made on the other.
        QHash<QString, QString> orderOf;
        for (const QString &shop : {mainShopId(), north}) {
            WsProbe &kiosk = *devices[shop == north ? 4 : 1].probe;
            WsProbe &barista = *devices[shop == north ? 3 : 0].probe;
            TestServer &front = shop == north ? a : b;
            Shop &s = *front.services().shop(shop);
            const QString code = front.services().transactor.run([&] { return s.validator.current().code; });
            const Response redeemed = kiosk.call(QStringLiteral("qr.redeem"), {{QStringLiteral("code"), code},
                                                                               {QStringLiteral("customerName"), QStringLiteral("Ana")}});
            QVERIFY2(redeemed.ok, qPrintable(redeemed.error.message));
            const QString id = redeemed.result.value(QStringLiteral("orderId")).toString();
            orderOf.insert(shop, id);
            const QJsonObject order{{QStringLiteral("orderId"), id}};
            QVERIFY(kiosk.call(QStringLiteral("order.submit"),
                               {{QStringLiteral("orderId"), id},
                                {QStringLiteral("orderToken"), redeemed.result.value(QStringLiteral("orderToken"))},
                                {QStringLiteral("drink"), QStringLiteral("Latte")}}).ok);
            QVERIFY(barista.call(QStringLiteral("order.claim"), order).ok);
            QVERIFY(barista.call(QStringLiteral("order.complete"), order).ok);
        }

        const QList<StoredEvent> stored = a.storage().eventsAfter(from, 1000);
        for (Device &d : devices) {
            QList<qint64> expected;
            for (const StoredEvent &e : stored) {
                if (e.shop == d.shop && policy::mayReceive(e.event.type, d.role, e.owner == d.name))
                    expected.append(e.seq);
            }
            QVERIFY(!expected.isEmpty());
            const qint64 last = expected.last();
            QTRY_VERIFY(!d.probe->events().isEmpty() && d.probe->events().last().seq >= last);
            QList<qint64> received;
            for (const EventFrame &f : d.probe->events()) {
                if (f.seq > from)
                    received.append(f.seq);
                // Nothing names the other shop's order.
                const QString other = orderOf.value(d.shop == north ? mainShopId() : north);
                QVERIFY2(!QJsonDocument(f.toJson()).toJson().contains(other.toUtf8()), qPrintable(roleName(d.role)));
            }
            QCOMPARE(received, expected);
        }
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

// The Storage contract, the same cases against every backend (Mumble's habit):
// SqliteStorage on a real file and PgStorage on a real PostgreSQL 15 cluster.
#include "storagesupport.h"

#include <QJsonArray>

using namespace presso;
using namespace presso::test;

class tst_Storage : public QObject
{
    Q_OBJECT

    Stores m_stores;
    QString m_address;
    std::unique_ptr<SqlStorage> m_store;

    SqlStorage &store() { return *m_store; }
    template<typename F>
    void inTransaction(F &&f)
    {
        store().begin();
        f();
        store().commit();
    }

private Q_SLOTS:
    void initTestCase_data()
    {
        QTest::addColumn<QString>("backend");
        for (const QString &b : Stores::backends())
            QTest::newRow(qPrintable(b)) << b;
    }

    void init()
    {
        QFETCH_GLOBAL(QString, backend);
        m_address = m_stores.fresh(backend);
        m_store = Stores::open(m_address);
        QCOMPARE(store().kind(), backend);
        QVERIFY(store().reachable());
    }

    void cleanup() { m_store.reset(); }

    void settingsAndMenuRoundTrip()
    {
        QVERIFY(!store().loadSettings());
        QVERIFY(!store().loadMenu());
        ShopSettings shop;
        shop.open = false;
        shop.maxOrdersInQueue = 7;
        shop.orderUrl = QStringLiteral("presso:order 'quoted' \\ ☕");
        const auto menu = Menu::fromJson(QJsonArray{QJsonObject{
            {QStringLiteral("drink"), QStringLiteral("Latte")}, {QStringLiteral("icon"), QStringLiteral("latte")},
            {QStringLiteral("available"), true},
            {QStringLiteral("modifiers"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("Milk")},
                                                                 {QStringLiteral("options"), QJsonArray{QStringLiteral("Oat")}}}}}}});
        QVERIFY(menu);
        inTransaction([&] {
            store().saveSettings(shop);
            store().saveMenu(*menu);
        });
        QCOMPARE(*store().loadSettings(), shop);
        QCOMPARE(*store().loadMenu(), *menu);
        shop.open = true;
        store().saveSettings(shop); // a second save replaces the first
        QCOMPARE(*store().loadSettings(), shop);
    }

    void codesAndTokens()
    {
        QrCode c{QStringLiteral("Abc_-12345"), QStringLiteral("presso:order?code=Abc_-12345"), 5983333, 1000, 301000, 3, 3};
        QVERIFY(store().insertCode(c));
        QCOMPARE(store().code(c.bucket)->toJson(), c.toJson());
        // A second code for the bucket (another server's, made at the same moment) is
        // not stored: the first stays.
        QrCode other = c;
        other.code = QStringLiteral("Zyx_-98765");
        QVERIFY(!store().insertCode(other));
        QCOMPARE(store().code(c.bucket)->code, c.code);
        QVERIFY(!store().code(c.bucket + 1));
        QVERIFY(store().takeToken(c.bucket));
        QVERIFY(store().takeToken(c.bucket));
        QVERIFY(store().takeToken(c.bucket));
        QVERIFY(!store().takeToken(c.bucket)); // never below zero
        QVERIFY(!store().takeToken(c.bucket + 1));
        QCOMPARE(store().code(c.bucket)->tokensLeft, 0);
        store().setCodeTokens(c.bucket, 5); // the three taken stay taken
        QCOMPARE(store().code(c.bucket)->tokensTotal, 5);
        QCOMPARE(store().code(c.bucket)->tokensLeft, 2);
        store().setCodeTokens(c.bucket, 1);
        QCOMPARE(store().code(c.bucket)->tokensLeft, 0);
        store().setCodeUrl(c.bucket, QStringLiteral("http://shop/o?code=Abc_-12345"));
        QCOMPARE(store().code(c.bucket)->url, QStringLiteral("http://shop/o?code=Abc_-12345"));
    }

    void numbersCountPerDayWithoutGaps()
    {
        const QString day = QStringLiteral("2026-11-29");
        inTransaction([&] {
            QCOMPARE(store().nextNumber(day), 1);
            QCOMPARE(store().nextNumber(day), 2);
        });
        store().begin();
        QCOMPARE(store().nextNumber(day), 3);
        store().rollback(); // a number given in a transaction that rolls back is given again
        QCOMPARE(store().nextNumber(day), 3);
        QCOMPARE(store().nextNumber(QStringLiteral("2026-11-30")), 1);
    }

    // Each shop's settings, menu, codes, numbers and orders are apart; codes are unique
    // server-wide and find their shop; devices, pairings and events carry theirs.
    void shopsAreApart()
    {
        QCOMPARE(store().shops().size(), 1);
        QCOMPARE(store().shops().first().id, QStringLiteral("main"));
        QVERIFY(store().insertShop(ShopRecord{QStringLiteral("north"), QStringLiteral("North"), 5}));
        QVERIFY(!store().insertShop(ShopRecord{QStringLiteral("north"), QStringLiteral("Again"), 6}));
        QCOMPARE(store().shops().size(), 2);
        QCOMPARE(store().shops().last().name, QStringLiteral("North"));
        ShopPorts &home = store().shop(QStringLiteral("main"));
        ShopPorts &north = store().shop(QStringLiteral("north"));
        QCOMPARE(&store().shop(QStringLiteral("north")), &north);

        ShopSettings settings;
        settings.maxOrdersInQueue = 3;
        inTransaction([&] { north.saveSettings(settings); });
        QCOMPARE(north.loadSettings()->maxOrdersInQueue, 3);
        QVERIFY(!home.loadSettings());

        const QString day = QStringLiteral("2026-11-29");
        inTransaction([&] {
            QCOMPARE(home.nextNumber(day), 1);
            QCOMPARE(home.nextNumber(day), 2);
            QCOMPARE(north.nextNumber(day), 1);
        });

        QrCode mainCode{QStringLiteral("Main_12345"), QStringLiteral("u"), 7, 0, 300000, 2, 2};
        QrCode northCode{QStringLiteral("North_1234"), QStringLiteral("u"), 7, 0, 300000, 2, 2};
        QVERIFY(home.insertCode(mainCode));
        QVERIFY(north.insertCode(northCode)); // the same bucket in another shop
        QVERIFY(north.takeToken(7));
        QCOMPARE(home.code(7)->tokensLeft, 2);
        QCOMPARE(north.code(7)->tokensLeft, 1);
        QCOMPARE(store().shopOfCode(QStringLiteral("North_1234")).value_or(QString()), QStringLiteral("north"));
        QVERIFY(!store().shopOfCode(QStringLiteral("Nowhere_12")));
        QrCode clash = northCode; // a code is unique server-wide
        clash.bucket = 8;
        QVERIFY_THROWS_EXCEPTION(StorageError, home.insertCode(clash));

        inTransaction([&] { north.insertOrder(sampleOrder(QStringLiteral("n1"), 1000)); });
        QCOMPARE(north.openOrders().size(), 1);
        QVERIFY(home.openOrders().isEmpty());
        QVERIFY(!home.order(OrderId{QStringLiteral("n1")}));
        QCOMPARE(home.countOpenOrders(), 0);
        QCOMPARE(north.countOpenOrders(), 1);
        QVERIFY(!home.nextDeadline());
        QVERIFY(home.dueOrders(10'000'000).isEmpty());
        QCOMPARE(north.dueOrders(10'000'000).size(), 1);

        DeviceRecord device{QStringLiteral("north-till"), Role::Kiosk, QStringLiteral("h9"), 1, std::nullopt, QStringLiteral("north")};
        inTransaction([&] { store().insertDevice(device); });
        QCOMPARE(store().deviceByTokenHash(QStringLiteral("h9"))->shop, QStringLiteral("north"));
        store().insertPairing({QStringLiteral("p9"), Role::Display, QStringLiteral("tv"), 1, 100, QStringLiteral("north")});
        QCOMPARE(store().openPairing(QStringLiteral("p9"), 2)->shop, QStringLiteral("north"));

        StoredEvent e;
        e.event.id = QStringLiteral("e-north");
        e.event.type = EventType::ConfigChanged;
        e.shop = QStringLiteral("north");
        store().begin();
        const qint64 seq = store().appendEvent(e);
        store().commit();
        QCOMPARE(store().eventsAfter(seq - 1, 1).first().shop, QStringLiteral("north"));
    }

    void ordersAndTheirQueries()
    {
        OrderRecord a = sampleOrder(QStringLiteral("a"), 1000);
        OrderRecord b = sampleOrder(QStringLiteral("b"), 2000);
        OrderRecord c = sampleOrder(QStringLiteral("c"), 3000);
        a.order.modifiers = {QStringLiteral("Oat"), QStringLiteral("Large")};
        inTransaction([&] {
            store().insertOrder(a);
            store().insertOrder(b);
            store().insertOrder(c);
        });
        QCOMPARE(store().order(a.order.id)->order, a.order);
        QCOMPARE(store().order(a.order.id)->tokenHash, a.tokenHash);
        QCOMPARE(store().order(a.order.id)->bucket, a.bucket);
        QVERIFY(!store().order(OrderId{QStringLiteral("none")}));
        QCOMPARE(store().countOpenOrders(), 3);
        QCOMPARE(*store().nextDeadline(), a.order.deadline);

        b.order.state = OrderState::Queued;
        b.order.number = 1;
        b.day = QStringLiteral("2026-11-29");
        b.order.submittedAt = 2500;
        b.order.deadline = 900'000;
        a.order.state = OrderState::Completed;
        a.order.completedAt = a.order.finishedAt = 5000;
        a.order.deadline.reset();
        c.order.state = OrderState::Cancelled;
        c.order.finishedAt = 4000;
        c.order.reason = QStringLiteral("customer");
        c.order.deadline.reset();
        inTransaction([&] {
            store().updateOrder(a);
            store().updateOrder(b);
            store().updateOrder(c);
        });
        QVERIFY_THROWS_EXCEPTION(StorageError, store().updateOrder(sampleOrder(QStringLiteral("none"), 1)));
        QCOMPARE(store().order(b.order.id)->order, b.order);
        QCOMPARE(store().orderByNumber(b.day, 1)->order.id, b.order.id);
        QVERIFY(!store().orderByNumber(b.day, 2));
        auto ids = [](const QList<OrderRecord> &rows) {
            QStringList out;
            for (const OrderRecord &r : rows)
                out.append(r.order.id.value);
            return out;
        };
        QCOMPARE(ids(store().openOrders()), QStringList{QStringLiteral("b")});
        QCOMPARE(ids(store().currentOrders(5000)), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(ids(store().currentOrders(5001)), QStringList{QStringLiteral("b")});
        QCOMPARE(ids(store().ordersInStates({QStringLiteral("COMPLETED"), QStringLiteral("CANCELLED")}, 10)),
                 (QStringList{QStringLiteral("a"), QStringLiteral("c")}));
        QCOMPARE(ids(store().ordersInStates({QStringLiteral("COMPLETED"), QStringLiteral("CANCELLED")}, 1)),
                 QStringList{QStringLiteral("c")});
        QCOMPARE(ids(store().ordersOfDay(b.day)), QStringList{QStringLiteral("b")});
        QCOMPARE(store().countOpenOrders(), 1);
        QCOMPARE(*store().nextDeadline(), 900'000);
        QVERIFY(store().dueOrders(899'999).isEmpty());
        inTransaction([&] { QCOMPARE(ids(store().dueOrders(900'000)), QStringList{QStringLiteral("b")}); });
    }

    void eventsInSeqOrder()
    {
        QCOMPARE(store().eventBounds().first, 0);
        QCOMPARE(store().eventBounds().last, 0);
        StoredEvent e1 = sampleEvent(EventType::WorkflowStarted, QStringLiteral("a"), 10);
        StoredEvent e2 = sampleEvent(EventType::ConfigChanged, QString(), 20);
        StoredEvent e3 = sampleEvent(EventType::WaitingCompletion, QStringLiteral("a"), 30);
        e3.customers = {QStringLiteral("cust-1"), QStringLiteral("cust-2")};
        qint64 s1 = 0, s2 = 0, s3 = 0;
        inTransaction([&] {
            s1 = store().appendEvent(e1);
            s2 = store().appendEvent(e2);
        });
        inTransaction([&] { s3 = store().appendEvent(e3); });
        QVERIFY(s1 > 0);
        QCOMPARE(s2, s1 + 1);
        QCOMPARE(s3, s2 + 1);
        const QList<StoredEvent> all = store().eventsAfter(0, 100);
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.at(0).seq, s1);
        QCOMPARE(all.at(0).event, e1.event);
        QCOMPARE(all.at(0).owner, e1.owner);
        QCOMPARE(all.at(1).orderId, QString());
        QCOMPARE(all.at(2).customers, e3.customers);
        QCOMPARE(store().eventsAfter(s1, 1).size(), 1);
        QCOMPARE(store().eventsAfter(s1, 1).first().seq, s2);
        QCOMPARE(store().eventsAfter(s3, 10).size(), 0);
        const QList<StoredEvent> ofA = store().eventsOfOrder(OrderId{QStringLiteral("a")});
        QCOMPARE(ofA.size(), 2);
        QCOMPARE(ofA.last().seq, s3);
        QCOMPARE(store().eventBounds().first, s1);
        QCOMPARE(store().eventBounds().last, s3);
        // A seq given in a transaction that rolled back is not in the log.
        store().begin();
        store().appendEvent(e1);
        store().rollback();
        QCOMPARE(store().eventsAfter(s3, 10).size(), 0);
    }

    void devices()
    {
        store().insertDevice({QStringLiteral("till"), Role::Kiosk, QStringLiteral("h1"), 100, std::nullopt});
        store().insertDevice({QStringLiteral("bar"), Role::Barista, QStringLiteral("h2"), 200, std::nullopt});
        QVERIFY_THROWS_EXCEPTION(StorageError, store().insertDevice({QStringLiteral("bar"), Role::Admin, QStringLiteral("h3"), 1, {}}));
        QCOMPARE(store().deviceByTokenHash(QStringLiteral("h1"))->name, QStringLiteral("till"));
        QCOMPARE(store().deviceByTokenHash(QStringLiteral("h1"))->role, Role::Kiosk);
        QVERIFY(!store().deviceByTokenHash(QStringLiteral("h3")));
        store().touchDevice(QStringLiteral("bar"), 999);
        const QList<DeviceRecord> all = store().devices();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.first().name, QStringLiteral("bar")); // by name
        QCOMPARE(all.first().lastSeenAt, std::optional<Millis>(999));
        QCOMPARE(all.last().lastSeenAt, std::nullopt);
        QVERIFY(store().deleteDevice(QStringLiteral("bar")));
        QVERIFY(!store().deleteDevice(QStringLiteral("bar")));
        QCOMPARE(store().devices().size(), 1);
    }

    void pairings()
    {
        store().insertPairing({QStringLiteral("c1"), Role::Display, QStringLiteral("tv"), 0, 600});
        store().insertPairing({QStringLiteral("c2"), Role::Kiosk, QStringLiteral("till"), 0, 700});
        QCOMPARE(store().openPairing(QStringLiteral("c1"), 599)->name, QStringLiteral("tv"));
        QVERIFY(!store().openPairing(QStringLiteral("c1"), 600)); // expired
        for (int i = 0; i < 10; ++i)
            store().countPairingFailure(100);
        store().prunePairings(100, 11);
        QVERIFY(store().openPairing(QStringLiteral("c2"), 100));
        store().prunePairings(100, 10); // ten failures kill every open code
        QVERIFY(!store().openPairing(QStringLiteral("c2"), 100));
        store().insertPairing({QStringLiteral("c3"), Role::Barista, QStringLiteral("bar"), 0, 700});
        store().deletePairing(QStringLiteral("c3"));
        QVERIFY(!store().openPairing(QStringLiteral("c3"), 100));
    }

    void customersAndTheirOrders()
    {
        inTransaction([&] {
            store().insertOrder(sampleOrder(QStringLiteral("o1"), 1000));
            store().insertOrder(sampleOrder(QStringLiteral("o2"), 2000, OrderState::Completed));
        });
        OrderRecord done = *store().order(OrderId{QStringLiteral("o2")});
        done.order.finishedAt = 2500;
        store().updateOrder(done);
        store().insertCustomer({QStringLiteral("cu1"), QStringLiteral("th1"), 100, 100});
        QCOMPARE(store().customerByTokenHash(QStringLiteral("th1"), 100)->id, QStringLiteral("cu1"));
        QVERIFY(!store().customerByTokenHash(QStringLiteral("th1"), 101));
        store().touchCustomer(QStringLiteral("cu1"), 5000);
        QCOMPARE(store().customerByTokenHash(QStringLiteral("th1"), 5000)->lastUsedAt, 5000);
        const CustomerLink l1{QStringLiteral("cu1"), QStringLiteral("o1"), QStringLiteral("redeem"), QStringLiteral("s1"), 1000};
        store().linkCustomerOrder(l1);
        store().linkCustomerOrder(l1); // a second link of the same pair changes nothing
        store().linkCustomerOrder({QStringLiteral("cu1"), QStringLiteral("o2"), QStringLiteral("follow"), QStringLiteral("s2"), 3000});
        QCOMPARE(store().customersOfOrder(QStringLiteral("o1")), QStringList{QStringLiteral("cu1")});
        const QList<CustomerLink> links = store().customerLinks(QStringLiteral("cu1"), 0);
        QCOMPARE(links.size(), 2);
        QCOMPARE(links.first().sealedToken, QStringLiteral("s1"));
        QCOMPARE(links.last().via, QStringLiteral("follow"));
        QCOMPARE(store().customerLinks(QStringLiteral("cu1"), 1500).size(), 1);
        QCOMPARE(store().countOpenCustomerOrders(QStringLiteral("cu1")), 1);
        store().pruneCustomers(5001); // the customer goes, and its links with it
        QVERIFY(!store().customerByTokenHash(QStringLiteral("th1"), 0));
        QVERIFY(store().customersOfOrder(QStringLiteral("o1")).isEmpty());
    }

    void responses()
    {
        const QByteArray first = R"({"type":"res","id":"c-1","ok":true,"result":{"name":"Zoë"}})";
        store().storeResponse(QStringLiteral("till"), QStringLiteral("r1"), 1000, first);
        QCOMPARE(store().storedResponse(QStringLiteral("till"), QStringLiteral("r1"), 1000), first);
        QVERIFY(!store().storedResponse(QStringLiteral("till"), QStringLiteral("r1"), 1001));
        QVERIFY(!store().storedResponse(QStringLiteral("bar"), QStringLiteral("r1"), 0));
        store().pruneResponses(1001);
        QVERIFY(!store().storedResponse(QStringLiteral("till"), QStringLiteral("r1"), 0));
    }

    void savepointRollsBackAlone()
    {
        store().begin();
        store().insertDevice({QStringLiteral("a"), Role::Kiosk, QStringLiteral("ha"), 1, {}});
        store().savepoint();
        store().insertDevice({QStringLiteral("b"), Role::Kiosk, QStringLiteral("hb"), 1, {}});
        store().rollbackToSavepoint();
        // A statement that fails (a name taken) spoils only its own savepoint.
        store().savepoint();
        QVERIFY_THROWS_EXCEPTION(StorageError, store().insertDevice({QStringLiteral("a"), Role::Kiosk, QStringLiteral("hx"), 1, {}}));
        store().rollbackToSavepoint();
        store().savepoint();
        store().insertDevice({QStringLiteral("c"), Role::Kiosk, QStringLiteral("hc"), 1, {}});
        store().releaseSavepoint();
        QVERIFY(store().inTransaction());
        store().commit();
        QVERIFY(!store().inTransaction());
        QStringList names;
        for (const DeviceRecord &d : store().devices())
            names.append(d.name);
        QCOMPARE(names, (QStringList{QStringLiteral("a"), QStringLiteral("c")}));
    }

    void changesByAnotherConnectionAreSeen()
    {
        store().changedExternally(); // the first look only takes note
        inTransaction([&] { store().insertDevice({QStringLiteral("own"), Role::Kiosk, QStringLiteral("h0"), 1, {}}); });
        QVERIFY(!store().changedExternally()); // its own writes are not another's
        auto other = Stores::open(m_address);
        other->begin();
        other->insertDevice({QStringLiteral("other"), Role::Kiosk, QStringLiteral("h1"), 1, {}});
        other->commit();
        QVERIFY(store().changedExternally());
        QVERIFY(!store().changedExternally());
        QCOMPARE(store().devices().size(), 2);
    }
};

QTEST_GUILESS_MAIN(tst_Storage)
#include "tst_storage.moc"

// What only PgStorage has to get right: several servers on one PostgreSQL database.
// Two connections at once, the second in a thread of its own (a Qt Sql connection
// belongs to its thread), on a real PostgreSQL 15 cluster started for this test.
#include "storagesupport.h"
#include "testserver.h"
#include "wsprobe.h"

#include <QFile>
#include <atomic>
#include <thread>

using namespace presso;
using namespace presso::test;

namespace {
// Runs work on a second connection in a thread of its own.
class OtherServer
{
public:
    OtherServer(const QString &uri, std::function<void(SqlStorage &)> work)
        : m_thread([this, uri, work] {
            try {
                auto store = Stores::open(uri);
                work(*store);
            } catch (const std::exception &e) {
                m_error = QString::fromUtf8(e.what());
            }
            m_done = true;
        })
    {
    }
    ~OtherServer() { join(); }
    void join()
    {
        if (m_thread.joinable())
            m_thread.join();
    }
    bool done() const { return m_done; }
    QString error() const { return m_error; }

private:
    std::atomic<bool> m_done = false;
    QString m_error;
    std::thread m_thread;
};
} // namespace

class tst_PgStorage : public QObject
{
    Q_OBJECT

    Stores m_stores;

    // How many connections of the cluster wait for a lock held by another transaction.
    int waitingForLocks()
    {
        return m_stores.cluster()
            .runClient(QStringLiteral("psql"), {QStringLiteral("-d"), QStringLiteral("postgres"), QStringLiteral("-Atc"),
                                                QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'")})
            .trimmed()
            .toInt();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!m_stores.cluster().isRunning())
            QFAIL(qPrintable(m_stores.cluster().error()));
    }

    void uriBecomesConnectionFields()
    {
        const auto a = PgAddress::fromUri(QStringLiteral(
            "postgresql://shop%40bar:p%40ss%3Aword@db.example:6543/presso?sslmode=require&application_name=it's"));
        QVERIFY(a);
        QCOMPARE(a->user, QStringLiteral("shop@bar"));
        QCOMPARE(a->password, QStringLiteral("p@ss:word"));
        QCOMPARE(a->host, QStringLiteral("db.example"));
        QCOMPARE(a->port, 6543);
        QCOMPARE(a->database, QStringLiteral("presso"));
        QCOMPARE(a->options, QStringLiteral("sslmode='require';application_name='it\\'s'"));
        // The rest is libpq's: no user, password or port here means PGUSER, .pgpass, 5432.
        const auto local = PgAddress::fromUri(QStringLiteral("postgres:///presso?host=/run/postgresql"));
        QVERIFY(local);
        QCOMPARE(local->host, QStringLiteral("/run/postgresql"));
        QCOMPARE(local->port, -1);
        QVERIFY(local->user.isEmpty() && local->password.isEmpty());
        QVERIFY(!PgAddress::fromUri(QStringLiteral("/var/lib/presso")));
        QVERIFY(!PgAddress::fromUri(QStringLiteral("postgresql://h/db?bad key=1")));
    }

    void wrongPasswordIsRefused()
    {
        const QString uri = m_stores.fresh(QStringLiteral("postgresql")).replace(QLatin1String(PgCluster::kPassword), QStringLiteral("wrong"));
        QVERIFY_THROWS_EXCEPTION(StorageError, Stores::open(uri));
    }

    void serversStartingTogetherMigrateOnce()
    {
        const QString uri = m_stores.fresh(QStringLiteral("postgresql"));
        std::vector<std::unique_ptr<OtherServer>> servers;
        for (int i = 0; i < 3; ++i)
            servers.push_back(std::make_unique<OtherServer>(uri, [](SqlStorage &) {}));
        for (auto &s : servers) {
            s->join();
            QCOMPARE(s->error(), QString());
        }
        PgStorage store(*PgAddress::fromUri(uri));
        QCOMPARE(store.schemaVersion(), PgStorage::latestSchemaVersion());
    }

    void olderSchemaIsMigrated()
    {
        const QString uri = m_stores.fresh(QStringLiteral("postgresql"));
        const QString db = uri.section(QLatin1Char('/'), -1);
        QFile first(SqlStorage::migrationFiles(QStringLiteral("postgresql")).first());
        QVERIFY(first.open(QIODevice::ReadOnly));
        const QString script = QString::fromUtf8(first.readAll());
        m_stores.cluster().runClient(QStringLiteral("psql"), {QStringLiteral("-d"), db, QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                                                              QStringLiteral("-c"), script, QStringLiteral("-c"),
                                                              QStringLiteral("INSERT INTO meta VALUES ('schema_version', '1'); "
                                                                             "INSERT INTO devices VALUES ('till', 'kiosk', 'h', 1, NULL); "
                                                                             "INSERT INTO codes VALUES (5, 'Code_12345', 'u', 0, 300000, 10, 7); "
                                                                             "INSERT INTO counters VALUES ('2026-11-29', 16)")});
        PgStorage store(*PgAddress::fromUri(uri));
        QCOMPARE(store.schemaVersion(), PgStorage::latestSchemaVersion());
        QCOMPARE(store.devices().size(), 1); // kept
        store.insertCustomer({QStringLiteral("c"), QStringLiteral("t"), 1, 1}); // version 3's table
        // Version 4: everything of the single shop is the shop main's.
        QCOMPARE(store.shops().size(), 1);
        QCOMPARE(store.shops().first().id, QStringLiteral("main"));
        QCOMPARE(store.devices().first().shop, QStringLiteral("main"));
        QCOMPARE(store.shop(QStringLiteral("main")).code(5)->tokensLeft, 7);
        QCOMPARE(store.shopOfCode(QStringLiteral("Code_12345")).value_or(QString()), QStringLiteral("main"));
        store.begin();
        QCOMPARE(store.shop(QStringLiteral("main")).nextNumber(QStringLiteral("2026-11-29")), 17);
        store.commit();
    }

    void seqsBecomeVisibleInTheOrderGiven()
    {
        const QString uri = m_stores.fresh(QStringLiteral("postgresql"));
        PgStorage first(*PgAddress::fromUri(uri));
        PgStorage reader(*PgAddress::fromUri(uri));
        first.begin();
        const qint64 a = first.appendEvent(sampleEvent(EventType::NewOrder, QStringLiteral("a"), 1));
        qint64 b = 0;
        OtherServer second(uri, [&b](SqlStorage &s) {
            s.begin();
            b = s.appendEvent(sampleEvent(EventType::NewOrder, QStringLiteral("b"), 2));
            s.commit();
        });
        // The second transaction cannot take a seq while the first holds the counter.
        QTRY_COMPARE(waitingForLocks(), 1);
        QVERIFY(!second.done());
        QCOMPARE(reader.eventsAfter(0, 10).size(), 0);
        first.commit();
        second.join();
        QCOMPARE(second.error(), QString());
        QCOMPARE(b, a + 1);
        const QList<StoredEvent> seen = reader.eventsAfter(0, 10);
        QCOMPARE(seen.size(), 2);
        QCOMPARE(seen.first().seq, a);
        QCOMPARE(reader.eventBounds().last, b);
    }

    void numbersNeverRepeatNorSkip()
    {
        const QString uri = m_stores.fresh(QStringLiteral("postgresql"));
        const QString day = QStringLiteral("2026-11-29");
        PgStorage first(*PgAddress::fromUri(uri));
        first.begin();
        QCOMPARE(first.nextNumber(day), 1);
        int taken = 0;
        OtherServer second(uri, [&](SqlStorage &s) {
            s.begin();
            taken = s.nextNumber(day);
            s.commit();
        });
        QTRY_COMPARE(waitingForLocks(), 1);
        first.rollback(); // its number 1 was never given: the other server gets it
        second.join();
        QCOMPARE(taken, 1);
        first.begin();
        QCOMPARE(first.nextNumber(day), 2);
        first.commit();
    }

    void lastTokenGoesToOneServer()
    {
        const QString uri = m_stores.fresh(QStringLiteral("postgresql"));
        PgStorage first(*PgAddress::fromUri(uri));
        first.insertCode({QStringLiteral("code123456"), QStringLiteral("u"), 7, 0, 1, 1, 1});
        first.begin();
        QVERIFY(first.takeToken(7));
        bool secondTook = true;
        OtherServer second(uri, [&](SqlStorage &s) { secondTook = s.takeToken(7); });
        QTRY_COMPARE(waitingForLocks(), 1);
        first.commit();
        second.join();
        QVERIFY(!secondTook);
        QCOMPARE(first.code(7)->tokensLeft, 0);
    }

    void aBucketGetsOneCode()
    {
        const QString uri = m_stores.fresh(QStringLiteral("postgresql"));
        PgStorage first(*PgAddress::fromUri(uri));
        first.begin();
        QVERIFY(first.insertCode({QStringLiteral("code123456"), QStringLiteral("u"), 7, 0, 1, 1, 1}));
        bool secondStored = true;
        OtherServer second(uri, [&](SqlStorage &s) {
            secondStored = s.insertCode({QStringLiteral("code654321"), QStringLiteral("u"), 7, 0, 1, 1, 1});
        });
        // The second server's code waits for the first's transaction, then yields to it.
        QTRY_COMPARE(waitingForLocks(), 1);
        first.commit();
        second.join();
        QVERIFY(!secondStored);
        QCOMPARE(first.code(7)->code, QStringLiteral("code123456"));
    }

    void dueOrdersGoToOneServer()
    {
        const QString uri = m_stores.fresh(QStringLiteral("postgresql"));
        PgStorage first(*PgAddress::fromUri(uri));
        first.insertOrder(sampleOrder(QStringLiteral("a"), 1000));
        first.insertOrder(sampleOrder(QStringLiteral("b"), 2000));
        first.begin();
        QList<OrderRecord> due = first.dueOrders(301'000); // a's deadline only
        QCOMPARE(due.size(), 1);
        QList<OrderRecord> rest;
        // The other server's transaction waits for this one as a whole (one write
        // transaction at a time, whatever rows each touches)...
        OtherServer second(uri, [&](SqlStorage &s) {
            s.begin();
            rest = s.dueOrders(302'000);
            s.commit();
        });
        QTRY_COMPARE(waitingForLocks(), 1);
        OrderRecord timedOut = due.first();
        timedOut.order.state = OrderState::TimedOut;
        timedOut.order.finishedAt = 301'000;
        timedOut.order.deadline.reset();
        first.updateOrder(timedOut);
        first.commit();
        second.join();
        // ...and then finds only what is still due: a times out once.
        QCOMPARE(rest.size(), 1);
        QCOMPARE(rest.first().order.id.value, QStringLiteral("b"));
    }

    void anotherServersEventsGoOutFirst()
    {
        const QString uri = m_stores.fresh(QStringLiteral("postgresql"));
        TestServer a(uri);
        TestServer b(uri);
        WsProbe owner(a.url());
        WsProbe bar(b.url());
        QVERIFY(!owner.join(Role::Admin, a.addDevice(Role::Admin, QStringLiteral("owner"))).isEmpty());
        QVERIFY(!bar.join(Role::Barista, b.addDevice(Role::Barista, QStringLiteral("bar"))).isEmpty());
        bar.clearEvents();
        QVERIFY(owner.call(QStringLiteral("settings.set"), QJsonObject{{QStringLiteral("maxOrdersInQueue"), 7}}).ok);
        QVERIFY(bar.call(QStringLiteral("shop.setOpen"), QJsonObject{{QStringLiteral("open"), false}}).ok);
        // b publishes its own commit at once, and a's earlier seq before it. (The servers'
        // code URLs may also come and go as NewCode: each has its own default publicUrl.)
        auto configChanges = [&bar] {
            QList<EventFrame> out;
            for (const EventFrame &f : bar.events()) {
                if (f.event.type == EventType::ConfigChanged)
                    out.append(f);
            }
            return out;
        };
        QTRY_COMPARE(configChanges().size(), 2);
        const EventFrame first = configChanges().at(0);
        const EventFrame second = configChanges().at(1);
        QVERIFY(second.seq > first.seq);
        QCOMPARE(first.event.detail.value(QStringLiteral("shop")).toObject().value(QStringLiteral("maxOrdersInQueue")).toInt(), 7);
        QCOMPARE(second.event.detail.value(QStringLiteral("shop")).toObject().value(QStringLiteral("open")).toBool(), false);
        qint64 last = 0;
        for (const EventFrame &f : bar.events()) {
            QVERIFY(f.seq > last);
            last = f.seq;
        }
    }

    void reconnectsAfterTheConnectionIsCut()
    {
        const QString uri = m_stores.fresh(QStringLiteral("postgresql"));
        PgStorage store(*PgAddress::fromUri(uri));
        store.insertDevice({QStringLiteral("till"), Role::Kiosk, QStringLiteral("h"), 1, {}});
        m_stores.cluster().runClient(QStringLiteral("psql"), {QStringLiteral("-d"), QStringLiteral("postgres"), QStringLiteral("-Atc"),
                                                              QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                                                             "WHERE datname = '") + uri.section(QLatin1Char('/'), -1) + QStringLiteral("'")});
        QVERIFY(store.reachable()); // after a new connection
        store.begin();
        QCOMPARE(store.devices().size(), 1);
        store.commit();
    }
};

QTEST_GUILESS_MAIN(tst_PgStorage)
#include "tst_pgstorage.moc"

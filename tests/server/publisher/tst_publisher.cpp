// Publisher: which committed events reach which session (protocol.md's recipients
// table), in seq order, as each role may see them; replay and resume after a
// reconnect; events another process wrote; closing a revoked device's connections.
// Sessions are real WebSocket connections on loopback; events go through the real
// EventLog and Transactor into a real SQLite file.

#include "../../common/samples.h"
#include "testservices.h"

#include <QSignalSpy>
#include <QTest>
#include <QWebSocketServer>

using namespace presso;
using namespace presso::test;

namespace {

using Types = QList<EventType>;

// One connection: the server's Session on one end, the client's socket on the other.
struct Peer
{
    Session session;
    std::unique_ptr<QWebSocket> serverSide;
    QWebSocket client;
    QList<EventFrame> frames;

    Types types() const
    {
        Types out;
        for (const EventFrame &f : frames)
            out.append(f.event.type);
        return out;
    }
    bool has(EventType type) const { return types().contains(type); }
};

const QString kOrder = QStringLiteral("11111111-2222-4333-8444-555555555555");

} // namespace

class TestPublisher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void eachRoleGetsWhatItMaySee();
    void displaysGetThePublicOrder();
    void nothingFromBeforeHello();
    void inSeqOrderAcrossCommits();
    void replaySendsWhatTheSessionMaySee();
    void resumeOnlyWhileTheLogHoldsIt();
    void publishesWhatAnotherProcessWrote();
    void revokedDeviceIsDisconnected();

private:
    Peer *join(Role role, const QString &device, const QString &customer = {});
    // Appends events in one transaction; the Transactor publishes them on commit.
    void commit(const QList<std::pair<EventType, QJsonObject>> &events, const QString &owner = {},
                const QStringList &customers = {});
    void commit(EventType type) { commit({{type, {}}}, QStringLiteral("kiosk-1")); }
    // Publishes a ConfigChanged, which every role sees, and waits until every
    // authenticated peer has it: anything published before it has arrived too.
    void barrier();

    std::unique_ptr<TestServices> m_rig;
    std::unique_ptr<QWebSocketServer> m_server;
    std::vector<std::unique_ptr<Peer>> m_peers;
};

void TestPublisher::init()
{
    m_rig = std::make_unique<TestServices>();
    m_server = std::make_unique<QWebSocketServer>(QStringLiteral("tst_publisher"), QWebSocketServer::NonSecureMode);
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
}

void TestPublisher::cleanup()
{
    for (const auto &p : m_peers)
        m_rig->services().publisher.remove(&p->session);
    m_peers.clear();
    m_server.reset();
    m_rig.reset();
}

Peer *TestPublisher::join(Role role, const QString &device, const QString &customer)
{
    auto peer = std::make_unique<Peer>();
    Peer *p = peer.get();
    QSignalSpy accepted(m_server.get(), &QWebSocketServer::newConnection);
    QSignalSpy connected(&p->client, &QWebSocket::connected);
    QObject::connect(&p->client, &QWebSocket::textMessageReceived, &p->client, [p](const QString &text) {
        const auto frame = decodeServerFrame(text.toUtf8());
        if (frame && std::holds_alternative<EventFrame>(*frame))
            p->frames.append(std::get<EventFrame>(*frame));
    });
    p->client.open(m_server->serverUrl());
    if (!accepted.wait() || !(connected.size() > 0 || connected.wait()))
        qFatal("a loopback WebSocket did not connect");
    p->serverSide.reset(m_server->nextPendingConnection());
    p->session.socket = p->serverSide.get();
    p->session.role = role;
    p->session.device = device;
    p->session.customer = customer;
    p->session.authenticated = true;
    p->session.helloSeq = m_rig->storage().eventBounds().last;
    m_rig->services().publisher.add(&p->session);
    m_peers.push_back(std::move(peer));
    return p;
}

void TestPublisher::commit(const QList<std::pair<EventType, QJsonObject>> &events, const QString &owner,
                           const QStringList &customers)
{
    Services &s = m_rig->services();
    s.transactor.run([&] {
        for (const auto &[type, detail] : events)
            s.events.append(mainShopId(), type, detail, owner.isEmpty() ? QString() : kOrder, owner, customers);
        return 0;
    });
}

void TestPublisher::barrier()
{
    commit({{EventType::ConfigChanged, {}}});
    const qint64 seq = m_rig->storage().eventBounds().last;
    for (const auto &p : m_peers) {
        if (p->session.authenticated)
            QTRY_VERIFY(!p->frames.isEmpty() && p->frames.last().seq == seq);
    }
}

void TestPublisher::eachRoleGetsWhatItMaySee()
{
    Peer *kiosk = join(Role::Kiosk, QStringLiteral("kiosk-1"));
    Peer *otherKiosk = join(Role::Kiosk, QStringLiteral("kiosk-2"));
    Peer *display = join(Role::Display, QStringLiteral("tv-1"));
    Peer *barista = join(Role::Barista, QStringLiteral("bar-1"));
    Peer *admin = join(Role::Admin, QStringLiteral("robot"));
    Peer *customer = join(Role::Customer, {}, QStringLiteral("c-1"));
    Peer *otherCustomer = join(Role::Customer, {}, QStringLiteral("c-2"));
    Peer *silent = join(Role::Barista, QStringLiteral("bar-2"));
    silent->session.authenticated = false;

    commit({{EventType::NewCode, {}}});
    commit({{EventType::WorkflowStarted, {}}, {EventType::MakeOrder, {}}, {EventType::OrderFinished, {}}},
           QStringLiteral("kiosk-1"), {QStringLiteral("c-1")});
    barrier();

    const Types all{EventType::NewCode, EventType::WorkflowStarted, EventType::MakeOrder,
                    EventType::OrderFinished, EventType::ConfigChanged};
    const Types owner{EventType::WorkflowStarted, EventType::MakeOrder, EventType::ConfigChanged};
    QCOMPARE(barista->types(), all);
    QCOMPARE(admin->types(), all);
    QCOMPARE(display->types(), (Types{EventType::NewCode, EventType::MakeOrder, EventType::ConfigChanged}));
    QCOMPARE(kiosk->types(), owner);
    QCOMPARE(customer->types(), owner);
    QCOMPARE(otherKiosk->types(), Types{EventType::ConfigChanged});
    QCOMPARE(otherCustomer->types(), Types{EventType::ConfigChanged});

    // A session that has not said hello got none of it: said hello now, it gets only
    // what comes after.
    silent->session.authenticated = true;
    silent->session.helloSeq = m_rig->storage().eventBounds().last;
    barrier();
    QCOMPARE(silent->types(), Types{EventType::ConfigChanged});
}

void TestPublisher::displaysGetThePublicOrder()
{
    Peer *display = join(Role::Display, QStringLiteral("tv-1"));
    Peer *barista = join(Role::Barista, QStringLiteral("bar-1"));
    const Order order = samples::inProductionOrder();
    QVERIFY(!order.baristaId.isEmpty());
    commit({{EventType::MakeOrder, {{QStringLiteral("order"), order.toJson()}}}}, QStringLiteral("kiosk-1"));
    QTRY_COMPARE(display->frames.size(), 1);
    QTRY_COMPARE(barista->frames.size(), 1);

    auto orderOf = [](const Peer *p) { return p->frames.at(0).event.detail.value(QStringLiteral("order")).toObject(); };
    QCOMPARE(orderOf(barista), order.toJson());
    QCOMPARE(orderOf(display), order.toPublicJson());
    QVERIFY(orderOf(display).value(QStringLiteral("baristaId")).isNull());
}

void TestPublisher::nothingFromBeforeHello()
{
    commit(EventType::MakeOrder);
    commit(EventType::WaitingCompletion);
    Peer *barista = join(Role::Barista, QStringLiteral("bar-1"));
    // Its snapshot covered the first; the second came after.
    barista->session.helloSeq -= 1;
    // Published again, as after a slow commit: still once each, and only after helloSeq.
    m_rig->services().publisher.publish(m_rig->storage().eventsAfter(0, 100));
    barrier();
    QCOMPARE(barista->types(), (Types{EventType::WaitingCompletion, EventType::ConfigChanged}));
}

void TestPublisher::inSeqOrderAcrossCommits()
{
    Peer *barista = join(Role::Barista, QStringLiteral("bar-1"));
    const qint64 first = m_rig->storage().eventBounds().last + 1;
    commit(EventType::MakeOrder);
    commit({{EventType::WaitingCompletion, {}}, {EventType::MakeOrder, {}}}, QStringLiteral("kiosk-1"));
    // A group commit: the caller publishes the batch's events after it commits.
    Services &s = m_rig->services();
    s.transactor.beginBatch();
    for (int i = 0; i < 3; ++i)
        commit(EventType::OrderRecalled);
    QVERIFY(s.transactor.commitBatch());
    s.publisher.publish(s.events.takePending());
    barrier();

    QCOMPARE(barista->frames.size(), 7);
    for (int i = 0; i < barista->frames.size(); ++i)
        QCOMPARE(barista->frames.at(i).seq, first + i);
}

void TestPublisher::replaySendsWhatTheSessionMaySee()
{
    commit(EventType::WorkflowStarted);
    const qint64 after = m_rig->storage().eventBounds().last;
    commit({{EventType::NewCode, {}}});
    commit(EventType::MakeOrder);
    commit({{EventType::MakeOrder, {}}}, QStringLiteral("kiosk-2"));
    commit(EventType::OrderRecalled);
    const qint64 upTo = m_rig->storage().eventBounds().last;
    commit(EventType::OrderFinished);

    Peer *kiosk = join(Role::Kiosk, QStringLiteral("kiosk-1"));
    m_rig->services().publisher.replay(kiosk->session, after, upTo);
    barrier();
    QCOMPARE(kiosk->types(), (Types{EventType::MakeOrder, EventType::OrderRecalled, EventType::ConfigChanged}));
    QCOMPARE(kiosk->frames.at(0).seq, after + 2);
    QCOMPARE(kiosk->frames.at(1).seq, upTo);
}

void TestPublisher::resumeOnlyWhileTheLogHoldsIt()
{
    Publisher &publisher = m_rig->services().publisher;
    QList<std::pair<EventType, QJsonObject>> many;
    for (qint64 i = 0; i < Publisher::kMaxReplay + 5; ++i)
        many.append({EventType::MakeOrder, {}});
    commit(many, QStringLiteral("kiosk-1"));
    const EventBounds b = m_rig->storage().eventBounds();
    QCOMPARE(b.first, 1);
    QVERIFY(publisher.canResume(b.last));
    QVERIFY(publisher.canResume(b.last - Publisher::kMaxReplay));
    // Too far behind: the snapshot is the cheaper answer.
    QVERIFY(!publisher.canResume(b.last - Publisher::kMaxReplay - 1));
    QVERIFY(!publisher.canResume(0));
    // A seq the server never gave (a client of another database).
    QVERIFY(!publisher.canResume(b.last + 1));
}

void TestPublisher::publishesWhatAnotherProcessWrote()
{
    Peer *barista = join(Role::Barista, QStringLiteral("bar-1"));
    {
        // The command line writes to the same file through its own connection.
        SqliteStorage other(m_rig->databasePath());
        other.begin();
        StoredEvent e;
        e.event = Event{QStringLiteral("e-cli"), EventType::DevicePaired, m_rig->clock().now(), {}};
        other.appendEvent(e);
        other.commit();
    }
    Publisher &publisher = m_rig->services().publisher;
    publisher.publishExternal();
    // Once: a second look finds nothing new.
    publisher.publishExternal();
    barrier();
    QCOMPARE(barista->types(), (Types{EventType::DevicePaired, EventType::ConfigChanged}));
    QCOMPARE(barista->frames.at(0).event.id, QStringLiteral("e-cli"));
}

void TestPublisher::revokedDeviceIsDisconnected()
{
    Peer *kiosk = join(Role::Kiosk, QStringLiteral("kiosk-1"));
    Peer *sameKiosk = join(Role::Kiosk, QStringLiteral("kiosk-1"));
    Peer *otherKiosk = join(Role::Kiosk, QStringLiteral("kiosk-2"));
    join(Role::Customer, {}, QStringLiteral("c-1"));
    Publisher &publisher = m_rig->services().publisher;
    QVERIFY(!publisher.baristaPresent(mainShopId()));
    join(Role::Barista, QStringLiteral("bar-1"));
    QVERIFY(publisher.baristaPresent(mainShopId()));
    QCOMPARE(publisher.customerCount(mainShopId()), 1);
    QVERIFY(publisher.deviceOnline(QStringLiteral("kiosk-1")));

    QSignalSpy closed(&kiosk->client, &QWebSocket::disconnected);
    QSignalSpy sameClosed(&sameKiosk->client, &QWebSocket::disconnected);
    publisher.disconnectDevice(QStringLiteral("kiosk-1"));
    QVERIFY(!publisher.deviceOnline(QStringLiteral("kiosk-1")));
    QVERIFY(publisher.deviceOnline(QStringLiteral("kiosk-2")));
    QVERIFY(closed.wait());
    QTRY_COMPARE(sameClosed.size(), 1);
    QCOMPARE(kiosk->client.closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);
    QCOMPARE(kiosk->client.closeReason(), QStringLiteral("device revoked"));
    barrier();
    QCOMPARE(otherKiosk->types(), Types{EventType::ConfigChanged});
    QVERIFY(kiosk->frames.isEmpty());
}

QTEST_GUILESS_MAIN(TestPublisher)
#include "tst_publisher.moc"

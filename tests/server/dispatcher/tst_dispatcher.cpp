// Dispatcher: the checks every op shares, in their order: hello first, the rate limit
// (a sliding second of the server's Clock), unknown ops, the role table, argument
// types, and idempotency by requestId. The real handlers run on the real Services over
// a real SQLite file; time is a ManualClock that the tests move.

#include "dispatcher.h"
#include "testservices.h"

#include <QTest>

using namespace presso;
using namespace presso::test;

namespace {

const QString kPing = QString::fromLatin1(op::kPing);
const QString kSetOpen = QString::fromLatin1(op::kShopSetOpen);

QJsonObject closeShop()
{
    return {{QStringLiteral("open"), false}};
}

} // namespace

class TestDispatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void helloFirst();
    void badHelloStaysOut_data();
    void badHelloStaysOut();
    void unknownOp();
    void forbiddenChangesNothing_data();
    void forbiddenChangesNothing();
    void badArgsChangeNothing_data();
    void badArgsChangeNothing();
    void rateLimitIsASecondOfTheClock();
    void rateLimitRestartsWhenTheClockGoesBack();
    void adminsGetMoreRoom();
    void requestIdAnswersOnce();

private:
    Response call(Session &session, const QString &op, const QJsonObject &args = {},
                  const QString &requestId = {});
    // A session that said hello as a new device of this role.
    Session &joined(Role role, const QString &name);
    qint64 lastSeq() { return m_rig->storage().eventBounds().last; }

    std::unique_ptr<TestServices> m_rig;
    std::unique_ptr<Dispatcher> m_dispatcher;
    std::vector<std::unique_ptr<Session>> m_sessions;
    int m_nextId = 1;
};

void TestDispatcher::init()
{
    m_rig = std::make_unique<TestServices>();
    Services &s = m_rig->services();
    m_dispatcher = std::make_unique<Dispatcher>(s);
    addSessionHandlers(*m_dispatcher, s);
    addShopHandlers(*m_dispatcher, s);
    addOrderHandlers(*m_dispatcher, s);
    addAdminHandlers(*m_dispatcher, s);
    addCustomerHandlers(*m_dispatcher, s);
}

void TestDispatcher::cleanup()
{
    m_sessions.clear();
    m_dispatcher.reset();
    m_rig.reset();
}

Response TestDispatcher::call(Session &session, const QString &op, const QJsonObject &args,
                              const QString &requestId)
{
    const Request request{QStringLiteral("c-%1").arg(m_nextId++), op, args, requestId};
    const Response response = m_dispatcher->dispatch(session, request);
    if (response.id != QJsonValue(request.id))
        qWarning("the response does not answer the request");
    return response;
}

Session &TestDispatcher::joined(Role role, const QString &name)
{
    const QString token = addDevice(m_rig->services(), role, name);
    m_sessions.push_back(std::make_unique<Session>());
    Session &session = *m_sessions.back();
    const Response hello = call(session, QString::fromLatin1(op::kHello),
                                {{QStringLiteral("protocol"), 1}, {QStringLiteral("role"), roleName(role)},
                                 {QStringLiteral("token"), token}});
    if (!hello.ok)
        qWarning() << "hello failed:" << hello.error.message;
    return session;
}

void TestDispatcher::helloFirst()
{
    Session session;
    for (const QString &op : {kPing, QStringLiteral("config.get"), QStringLiteral("order.fly")}) {
        const Response r = call(session, op);
        QVERIFY(!r.ok);
        QCOMPARE(r.error.code, ErrorCode::Unauthenticated);
    }
    const QString token = addDevice(m_rig->services(), Role::Barista, QStringLiteral("bar-1"));
    const Response hello = call(session, QStringLiteral("hello"),
                                {{QStringLiteral("protocol"), 1}, {QStringLiteral("role"), QStringLiteral("barista")},
                                 {QStringLiteral("token"), token}});
    QVERIFY2(hello.ok, qPrintable(hello.error.message));
    QVERIFY(session.authenticated);
    QCOMPARE(session.role, Role::Barista);
    QCOMPARE(session.device, QStringLiteral("bar-1"));
    QCOMPARE(hello.serverTime, m_rig->clock().now());
    QVERIFY(call(session, kPing).ok);
}

void TestDispatcher::badHelloStaysOut_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<bool>("goodToken");
    QTest::addColumn<ErrorCode>("code");
    QTest::addRow("unknown token") << "barista" << false << ErrorCode::Unauthenticated;
    QTest::addRow("another role's token") << "admin" << true << ErrorCode::Unauthenticated;
    QTest::addRow("no such role") << "owner" << true << ErrorCode::BadRequest;
}

void TestDispatcher::badHelloStaysOut()
{
    QFETCH(QString, role);
    QFETCH(bool, goodToken);
    QFETCH(ErrorCode, code);
    const QString token = addDevice(m_rig->services(), Role::Barista, QStringLiteral("bar-1"));
    Session session;
    const Response hello = call(session, QStringLiteral("hello"),
                                {{QStringLiteral("protocol"), 1}, {QStringLiteral("role"), role},
                                 {QStringLiteral("token"), goodToken ? token : QString(token).replace(0, 4, "AAAA")}});
    QVERIFY(!hello.ok);
    QCOMPARE(hello.error.code, code);
    QVERIFY(!session.authenticated);
    QCOMPARE(call(session, kPing).error.code, ErrorCode::Unauthenticated);
}

void TestDispatcher::unknownOp()
{
    Session &admin = joined(Role::Admin, QStringLiteral("robot"));
    const Response r = call(admin, QStringLiteral("order.fly"), {}, QStringLiteral("r-1"));
    QVERIFY(!r.ok);
    QCOMPARE(r.error, (Error{ErrorCode::UnknownOp, QStringLiteral("Unknown op \"order.fly\"")}));
}

void TestDispatcher::forbiddenChangesNothing_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<QString>("op");
    QTest::addColumn<QJsonObject>("args");
    QTest::addRow("display closes the shop") << Role::Display << kSetOpen << closeShop();
    QTest::addRow("kiosk closes the shop") << Role::Kiosk << kSetOpen << closeShop();
    QTest::addRow("barista adds a device")
        << Role::Barista << QStringLiteral("device.add")
        << QJsonObject{{QStringLiteral("role"), QStringLiteral("admin")}, {QStringLiteral("name"), QStringLiteral("me")}};
}

void TestDispatcher::forbiddenChangesNothing()
{
    QFETCH(Role, role);
    QFETCH(QString, op);
    QFETCH(QJsonObject, args);
    Session &session = joined(role, QStringLiteral("device-1"));
    const qint64 before = lastSeq();
    const Response r = call(session, op, args);
    QVERIFY(!r.ok);
    QCOMPARE(r.error.code, ErrorCode::Forbidden);
    QVERIFY2(r.error.message.contains(op), qPrintable(r.error.message));
    QCOMPARE(lastSeq(), before);
    QVERIFY(m_rig->services().config.shop().open);
    QCOMPARE(m_rig->storage().devices().size(), 1);
}

void TestDispatcher::badArgsChangeNothing_data()
{
    QTest::addColumn<QJsonObject>("args");
    QTest::addColumn<QString>("field");
    QTest::addRow("missing") << QJsonObject{} << "args.open";
    QTest::addRow("a string") << QJsonObject{{QStringLiteral("open"), QStringLiteral("no")}} << "args.open";
    QTest::addRow("a number") << QJsonObject{{QStringLiteral("open"), 0}} << "args.open";
}

void TestDispatcher::badArgsChangeNothing()
{
    QFETCH(QJsonObject, args);
    QFETCH(QString, field);
    Session &barista = joined(Role::Barista, QStringLiteral("bar-1"));
    const qint64 before = lastSeq();
    const Response r = call(barista, kSetOpen, args, QStringLiteral("r-1"));
    QCOMPARE(r.error.code, ErrorCode::BadRequest);
    QVERIFY2(r.error.message.startsWith(field), qPrintable(r.error.message));
    QCOMPARE(lastSeq(), before);
    QVERIFY(m_rig->services().config.shop().open);
    // Refused before it ran: the requestId is still free for the good request.
    QVERIFY(call(barista, kSetOpen, closeShop(), QStringLiteral("r-1")).ok);
    QVERIFY(!m_rig->services().config.shop().open);
}

void TestDispatcher::rateLimitIsASecondOfTheClock()
{
    ManualClock &clock = m_rig->clock();
    Session &barista = joined(Role::Barista, QStringLiteral("bar-1"));
    clock.advance(5000); // hello's request has left the window
    const int limit = barista.rateLimit;
    QCOMPARE(limit, Dispatcher::kMaxRequestsPerSecond);
    for (int i = 0; i < limit / 2; ++i)
        QVERIFY(call(barista, kPing).ok);
    clock.advance(500);
    for (int i = limit / 2; i < limit; ++i)
        QVERIFY(call(barista, kPing).ok);
    const Response refused = call(barista, kPing);
    QCOMPARE(refused.error.code, ErrorCode::RateLimited);
    // A refused request takes no room, and nothing was changed by it.
    QCOMPARE(call(barista, kSetOpen, closeShop()).error.code, ErrorCode::RateLimited);
    QVERIFY(m_rig->services().config.shop().open);

    // Sliding, not per calendar second: the first half leaves the window at 1000 ms.
    clock.advance(499);
    QCOMPARE(call(barista, kPing).error.code, ErrorCode::RateLimited);
    clock.advance(1);
    for (int i = 0; i < limit / 2; ++i)
        QVERIFY(call(barista, kPing).ok);
    QCOMPARE(call(barista, kPing).error.code, ErrorCode::RateLimited);
    // Each connection has its own.
    Session &other = joined(Role::Barista, QStringLiteral("bar-2"));
    QVERIFY(call(other, kPing).ok);
}

void TestDispatcher::rateLimitRestartsWhenTheClockGoesBack()
{
    ManualClock &clock = m_rig->clock();
    Session &kiosk = joined(Role::Kiosk, QStringLiteral("kiosk-1"));
    kiosk.rateLimit = 3;
    clock.advance(5000);
    for (int i = 0; i < 3; ++i)
        QVERIFY(call(kiosk, kPing).ok);
    QCOMPARE(call(kiosk, kPing).error.code, ErrorCode::RateLimited);
    clock.setNow(clock.now() - 60'000);
    QVERIFY(call(kiosk, kPing).ok);
}

void TestDispatcher::adminsGetMoreRoom()
{
    Session &admin = joined(Role::Admin, QStringLiteral("robot"));
    admin.rateLimit = 10; // the server's setting for everyone else
    m_rig->clock().advance(5000);
    for (int i = 0; i < Dispatcher::kMaxAdminRequestsPerSecond; ++i) {
        if (!call(admin, kPing).ok)
            QFAIL(qPrintable(QStringLiteral("refused after %1 requests").arg(i)));
    }
    QCOMPARE(call(admin, kPing).error.code, ErrorCode::RateLimited);
}

void TestDispatcher::requestIdAnswersOnce()
{
    Session &barista = joined(Role::Barista, QStringLiteral("bar-1"));
    ConfigService &config = m_rig->services().config;
    const Response first = call(barista, kSetOpen, closeShop(), QStringLiteral("r-1"));
    QVERIFY(first.ok);
    QVERIFY(call(barista, kSetOpen, {{QStringLiteral("open"), true}}).ok);
    const qint64 seq = lastSeq();

    // A retry gets the first answer and is not done again.
    const Response retry = call(barista, kSetOpen, closeShop(), QStringLiteral("r-1"));
    QVERIFY(retry.ok);
    QCOMPARE(retry.result, first.result);
    QVERIFY(config.shop().open);
    QCOMPARE(lastSeq(), seq);

    // Another device's requestIds are its own.
    Session &other = joined(Role::Barista, QStringLiteral("bar-2"));
    QVERIFY(call(other, kSetOpen, closeShop(), QStringLiteral("r-1")).ok);
    QVERIFY(!config.shop().open);
    QVERIFY(call(barista, kSetOpen, {{QStringLiteral("open"), true}}).ok);

    // After the window the requestId is new again.
    m_rig->clock().advance(Dispatcher::kIdempotencyWindowMs + 1);
    QVERIFY(call(barista, kSetOpen, closeShop(), QStringLiteral("r-1")).ok);
    QVERIFY(!config.shop().open);
}

QTEST_GUILESS_MAIN(TestDispatcher)
#include "tst_dispatcher.moc"

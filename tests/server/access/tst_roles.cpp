// The real server against the policy's ops table, over real WebSockets: every op x every
// role, generated from policy::opRules(), is allowed (and does what it should) or refused
// with FORBIDDEN changing nothing; and no op but hello works before hello. tst_policy
// checks the table itself against protocol.md.
#include "accessfixture.h"
#include "policy.h"

#include <QTest>

using namespace presso;
using namespace presso::test;
using namespace Qt::StringLiterals;

class TestRoles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyOpForEveryRole_data();
    void everyOpForEveryRole();
    void opsBeforeHelloAreUnauthenticated_data();
    void opsBeforeHelloAreUnauthenticated();
};

void TestRoles::everyOpForEveryRole_data()
{
    QTest::addColumn<QString>("op");
    QTest::addColumn<Role>("role");
    QTest::addColumn<bool>("allowed");
    for (const policy::OpRule &rule : policy::opRules()) {
        for (Role role : allRoles())
            QTest::addRow("%s/%s", rule.op, qPrintable(roleName(role)))
                << QString::fromLatin1(rule.op) << role << rule.roles.contains(role);
    }
}

void TestRoles::everyOpForEveryRole()
{
    QFETCH(QString, op);
    QFETCH(Role, role);
    QFETCH(bool, allowed);
    Fixture f;
    QVERIFY(!f.awaiting.orderId.isEmpty() && !f.queued.orderId.isEmpty() &&
            !f.making.orderId.isEmpty());
    QCOMPARE(f.stateOf(f.making), OrderState::InProduction);

    if (op == "hello"_L1) {
        QVERIFY(allowed);
        WsProbe probe(f.shop.server.url());
        QVERIFY(probe.connectNow());
        const Response hello = role == Role::Customer ? probe.helloCustomer()
                                                      : probe.hello(role, tokenOf(f.shop, role));
        QVERIFY2(hello.ok, qPrintable(hello.error.message));
        QCOMPARE(hello.result.value(u"role"_s).toString(), roleName(role));
        return;
    }

    const QJsonObject args = f.argsFor(op, role);
    const QJsonObject before = fingerprint(*f.shop.admin);
    QVERIFY2(!before.contains(u"failed"_s), qPrintable(before.value(u"failed"_s).toString()));
    const Response res = f.probe(role).call(op, args);
    const QJsonObject after = fingerprint(*f.shop.admin);
    if (!allowed) {
        QVERIFY(!res.ok);
        QCOMPARE(res.error.code, ErrorCode::Forbidden);
        QCOMPARE(after, before);
        QCOMPARE(f.stateOf(f.awaiting), OrderState::AwaitingOrder);
        QCOMPARE(f.stateOf(f.queued), OrderState::Queued);
        QCOMPARE(f.stateOf(f.making), OrderState::InProduction);
        return;
    }
    QVERIFY2(res.ok, qPrintable(errorCodeName(res.error.code) + u": "_s + res.error.message));
    // What only reads changes nothing; what is allowed to change something did.
    if (changesFingerprint(op))
        QVERIFY(after != before);
    else
        QCOMPARE(after, before);
}

void TestRoles::opsBeforeHelloAreUnauthenticated_data()
{
    QTest::addColumn<QString>("op");
    for (const policy::OpRule &rule : policy::opRules()) {
        if (rule.op != "hello"_L1)
            QTest::newRow(rule.op) << QString::fromLatin1(rule.op);
    }
    QTest::newRow("an unknown op") << u"order.brew"_s;
}

void TestRoles::opsBeforeHelloAreUnauthenticated()
{
    QFETCH(QString, op);
    TestServer server;
    const QString token = server.addDevice(Role::Admin, u"admin-1"_s);
    WsProbe probe(server.url());
    QVERIFY(probe.connectNow());
    const Response res =
        probe.call(op, {{u"open"_s, false}, {u"seq"_s, 0}, {u"orderId"_s, u"x"_s}});
    QVERIFY(!res.ok);
    QCOMPARE(res.error.code, ErrorCode::Unauthenticated);
    // The connection stays open and can still say hello.
    QCOMPARE(probe.call(u"ping"_s).error.code, ErrorCode::Unauthenticated);
    QVERIFY(probe.isOpen());
    QVERIFY(probe.hello(Role::Admin, token).ok);
    QVERIFY(probe.call(u"ping"_s).ok);
    // Nothing the refused request asked for happened.
    QVERIFY(server.services().config.shop().open);
}

QTEST_GUILESS_MAIN(TestRoles)
#include "tst_roles.moc"

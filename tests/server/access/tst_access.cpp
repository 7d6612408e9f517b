// Who may act on an order and who may connect, over real WebSockets: a kiosk's
// orderToken, and authentication (hello, bad tokens, revoked devices). The op x role
// table is tst_roles'.
#include "accessfixture.h"
#include "secrets.h"

#include <QTest>

using namespace presso;
using namespace presso::test;
using namespace Qt::StringLiterals;


class TestAccess : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void kioskNeedsItsOwnOrderToken_data();
    void kioskNeedsItsOwnOrderToken();
    void serverAcceptsSubprotocol();
    void refusedHelloClosesTheConnection_data();
    void refusedHelloClosesTheConnection();
    void secondHelloIsRefused();
    void revokedDeviceIsClosedAtOnce();
    void addedDeviceTokenWorks();
    void deviceListNeverHoldsATokenOrHash();
};

void TestAccess::kioskNeedsItsOwnOrderToken_data()
{
    QTest::addColumn<QString>("op");
    QTest::addColumn<bool>("otherKiosk");
    QTest::addColumn<QString>("token"); // "own", "none", "empty", "another order's", "made up"
    QTest::addColumn<bool>("allowed");
    for (const QString &op : {u"order.get"_s, u"order.cancel"_s}) {
        const auto row = [&](const char *name, bool other, const char *token, bool allowed) {
            QTest::addRow("%s/%s", qPrintable(op), name)
                << op << other << QString::fromLatin1(token) << allowed;
        };
        row("own token", false, "own", true);
        row("no token", false, "none", false);
        row("empty token", false, "empty", false);
        row("another order's token", false, "another order's", false);
        row("made-up token", false, "made up", false);
        row("other kiosk with the token", true, "own", false);
    }
}

void TestAccess::kioskNeedsItsOwnOrderToken()
{
    QFETCH(QString, op);
    QFETCH(bool, otherKiosk);
    QFETCH(QString, token);
    QFETCH(bool, allowed);
    Fixture f;
    QJsonObject args{{u"orderId"_s, f.queued.orderId}};
    if (token == "own"_L1)
        args.insert(u"orderToken"_s, f.queued.orderToken);
    else if (token == "empty"_L1)
        args.insert(u"orderToken"_s, QString());
    else if (token == "another order's"_L1)
        args.insert(u"orderToken"_s, f.awaiting.orderToken);
    else if (token == "made up"_L1)
        args.insert(u"orderToken"_s, u"0123456789abcdef0123456789abcdef"_s);
    const QJsonObject before = fingerprint(*f.shop.admin);
    const Response res = (otherKiosk ? f.shop.kiosk2 : f.shop.kiosk)->call(op, args);
    if (allowed) {
        QVERIFY2(res.ok, qPrintable(res.error.message));
        QCOMPARE(res.result.value(u"order"_s).toObject().value(u"id"_s).toString(),
                 f.queued.orderId);
        QVERIFY(!res.result.contains(u"orderToken"_s));
        return;
    }
    QCOMPARE(res.error.code, ErrorCode::Forbidden);
    QCOMPARE(fingerprint(*f.shop.admin), before);
    QCOMPARE(f.stateOf(f.queued), OrderState::Queued);
}

void TestAccess::serverAcceptsSubprotocol()
{
    TestServer server;
    WsProbe probe(server.url());
    QVERIFY(probe.connectNow());
    QCOMPARE(probe.socket().subprotocol(), u"presso.v1"_s);
}

void TestAccess::refusedHelloClosesTheConnection_data()
{
    QTest::addColumn<QString>("tokenOf"); // the device whose token is sent, or "" for a made-up one
    QTest::addColumn<QString>("role");    // the role the hello claims
    QTest::addColumn<QJsonObject>("patch"); // changes to the hello's args; null removes a key
    QTest::addColumn<ErrorCode>("code");
    const QJsonObject none;
    QTest::newRow("unknown token")
        << QString() << u"display"_s << none << ErrorCode::Unauthenticated;
    QTest::newRow("empty token") << QString() << u"display"_s
                                 << QJsonObject{{u"token"_s, QString()}}
                                 << ErrorCode::Unauthenticated;
    for (const QString &owner : deviceRoles()) {
        for (const QString &claimed : deviceRoles()) {
            if (owner != claimed)
                QTest::addRow("%s token as %s", qPrintable(owner), qPrintable(claimed))
                    << owner << claimed << none << ErrorCode::Unauthenticated;
        }
    }
    QTest::newRow("protocol 2") << u"admin"_s << u"admin"_s << QJsonObject{{u"protocol"_s, 2}}
                                << ErrorCode::BadRequest;
    QTest::newRow("protocol 0") << u"admin"_s << u"admin"_s << QJsonObject{{u"protocol"_s, 0}}
                                << ErrorCode::BadRequest;
    QTest::newRow("protocol \"1\"")
        << u"admin"_s << u"admin"_s << QJsonObject{{u"protocol"_s, u"1"_s}}
        << ErrorCode::BadRequest;
    QTest::newRow("no protocol") << u"admin"_s << u"admin"_s
                                 << QJsonObject{{u"protocol"_s, QJsonValue()}}
                                 << ErrorCode::BadRequest;
    QTest::newRow("no token") << u"admin"_s << u"admin"_s << QJsonObject{{u"token"_s, QJsonValue()}}
                              << ErrorCode::BadRequest;
    QTest::newRow("unknown role") << u"admin"_s << u"chef"_s << none << ErrorCode::BadRequest;
}

void TestAccess::refusedHelloClosesTheConnection()
{
    QFETCH(QString, tokenOf);
    QFETCH(QString, role);
    QFETCH(QJsonObject, patch);
    QFETCH(ErrorCode, code);
    TestServer server;
    QHash<QString, QString> tokens;
    for (const QString &r : deviceRoles())
        tokens.insert(r, server.addDevice(*roleFromName(r), r + u"-1"_s));
    QJsonObject args{
        {u"protocol"_s, 1},
        {u"role"_s, role},
        {u"token"_s, tokenOf.isEmpty() ? u"not-a-token-at-all"_s : tokens.value(tokenOf)}};
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        if (it->isNull())
            args.remove(it.key());
        else
            args.insert(it.key(), *it);
    }
    WsProbe probe(server.url());
    QVERIFY(probe.connectNow());
    const Response res = probe.call(u"hello"_s, args);
    QVERIFY(!res.ok);
    QCOMPARE(res.error.code, code);
    QVERIFY(probe.waitForClose());
    QCOMPARE(probe.closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);
    QCOMPARE(server.server().sessionCount(), 0);
}

void TestAccess::secondHelloIsRefused()
{
    TestShop shop;
    const Response again = shop.admin->hello(Role::Admin, shop.adminToken);
    QVERIFY(!again.ok);
    QCOMPARE(again.error.code, ErrorCode::BadRequest);
    const Response asDisplay = shop.admin->hello(Role::Display, shop.displayToken);
    QCOMPARE(asDisplay.error.code, ErrorCode::BadRequest);
    // The connection stays open, and still is the admin it proved to be first.
    QVERIFY(shop.admin->isOpen());
    QVERIFY(shop.admin->call(u"events.since"_s, {{u"seq"_s, 0}}).ok);
    const Response devices = shop.admin->call(u"device.list"_s);
    for (const QJsonValue &d : devices.result.value(u"devices"_s).toArray()) {
        if (d[u"name"_s] == u"display-1"_s)
            QCOMPARE(d[u"online"_s].toBool(), true);
    }
}

void TestAccess::revokedDeviceIsClosedAtOnce()
{
    TestShop shop;
    auto second = shop.connect(Role::Display, shop.displayToken);
    const Response revoked = shop.admin->call(u"device.revoke"_s, {{u"name"_s, u"display-1"_s}});
    QVERIFY2(revoked.ok, qPrintable(revoked.error.message));
    for (const QJsonValue &d : revoked.result.value(u"devices"_s).toArray())
        QVERIFY(d[u"name"_s] != u"display-1"_s);
    for (const QString &token : {shop.adminToken, shop.displayToken, shop.kioskToken})
        QVERIFY(!encodeFrame(revoked.result).contains(token.toUtf8()));
    // Both of its live connections are closed, and nobody else's.
    for (WsProbe *p : {shop.display.get(), second.get()}) {
        QVERIFY(p->waitForClose());
        QCOMPARE(p->closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);
    }
    for (WsProbe *p : {shop.admin.get(), shop.barista.get(), shop.kiosk.get(), shop.kiosk2.get()})
        QVERIFY(p->call(u"ping"_s).ok);
    // Its token no longer works.
    WsProbe again(shop.server.url());
    QVERIFY(again.connectNow());
    QCOMPARE(again.hello(Role::Display, shop.displayToken).error.code, ErrorCode::Unauthenticated);
    QVERIFY(again.waitForClose());
    const Response unknown = shop.admin->call(u"device.revoke"_s, {{u"name"_s, u"display-1"_s}});
    QCOMPARE(unknown.error.code, ErrorCode::NotFound);
}

void TestAccess::addedDeviceTokenWorks()
{
    TestShop shop;
    const Response added =
        shop.admin->call(u"device.add"_s, {{u"role"_s, u"barista"_s}, {u"name"_s, u"bar-2"_s}});
    QVERIFY2(added.ok, qPrintable(added.error.message));
    const QString token = added.result.value(u"token"_s).toString();
    QVERIFY(token.size() >= 32);

    WsProbe probe(shop.server.url());
    const QJsonObject hello = probe.join(Role::Barista, token);
    QCOMPARE(hello.value(u"role"_s).toString(), u"barista"_s);
    QCOMPARE(hello.value(u"device"_s).toString(), u"bar-2"_s);
    QVERIFY(probe.call(u"stats.get"_s).ok);

    // The token is for a barista only, the name is taken, and the role must exist.
    WsProbe wrongRole(shop.server.url());
    QVERIFY(wrongRole.connectNow());
    QCOMPARE(wrongRole.hello(Role::Admin, token).error.code, ErrorCode::Unauthenticated);
    QCOMPARE(shop.admin->call(u"device.add"_s, {{u"role"_s, u"kiosk"_s}, {u"name"_s, u"bar-2"_s}})
                 .error.code,
             ErrorCode::Conflict);
    QCOMPARE(shop.admin->call(u"device.add"_s, {{u"role"_s, u"chef"_s}, {u"name"_s, u"chef-1"_s}})
                 .error.code,
             ErrorCode::BadRequest);
    // A customer is a phone with a customerToken, never a device.
    QCOMPARE(shop.admin->call(u"device.add"_s, {{u"role"_s, u"customer"_s}, {u"name"_s, u"phone-1"_s}})
                 .error.code,
             ErrorCode::BadRequest);
}

void TestAccess::deviceListNeverHoldsATokenOrHash()
{
    TestShop shop;
    const QString fresh =
        shop.admin->call(u"device.add"_s, {{u"role"_s, u"kiosk"_s}, {u"name"_s, u"kiosk-3"_s}})
            .result.value(u"token"_s)
            .toString();
    QVERIFY(!fresh.isEmpty());
    shop.kiosk2.reset();
    const QStringList secrets{shop.adminToken, shop.baristaToken, shop.displayToken,
                              shop.kioskToken, shop.kiosk2Token,  fresh};

    const Response list = shop.admin->call(u"device.list"_s);
    QVERIFY(list.ok);
    const QJsonArray devices = list.result.value(u"devices"_s).toArray();
    QCOMPARE(devices.size(), 6);
    const QStringList allowedKeys{u"name"_s, u"role"_s, u"createdAt"_s, u"lastSeenAt"_s,
                                  u"online"_s};
    QHash<QString, QJsonObject> byName;
    for (const QJsonValue &d : devices) {
        for (const QString &key : d.toObject().keys())
            QVERIFY2(allowedKeys.contains(key), qPrintable(key));
        byName.insert(d[u"name"_s].toString(), d.toObject());
    }
    const QString text = QString::fromUtf8(encodeFrame(list.result));
    for (const QString &token : secrets) {
        QVERIFY(!text.contains(token));
        QVERIFY(!text.contains(secrets::hashToken(token), Qt::CaseInsensitive));
    }
    QCOMPARE(byName.value(u"kiosk-3"_s).value(u"role"_s).toString(), u"kiosk"_s);
    QVERIFY(byName.value(u"kiosk-3"_s).value(u"lastSeenAt"_s).isNull());
    QCOMPARE(byName.value(u"kiosk-3"_s).value(u"online"_s).toBool(), false);
    QCOMPARE(byName.value(u"barista-1"_s).value(u"online"_s).toBool(), true);
    QVERIFY(byName.value(u"barista-1"_s).value(u"lastSeenAt"_s).isString());
    // kiosk-2 went away: it is listed as offline once the server saw it go.
    const auto online = [&](const QString &name) {
        for (const QJsonValue &d :
             shop.admin->call(u"device.list"_s).result.value(u"devices"_s).toArray()) {
            if (d[u"name"_s] == name)
                return d[u"online"_s].toBool();
        }
        return true;
    };
    QTRY_VERIFY(!online(u"kiosk-2"_s));
}

QTEST_GUILESS_MAIN(TestAccess)
#include "tst_access.moc"

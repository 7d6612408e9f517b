// Who may do what, over real WebSockets: protocol.md's op x role table row by row,
// a kiosk's orderToken, and authentication (hello, bad tokens, revoked devices).
#include "accesssupport.h"
#include "secrets.h"

#include <QTest>

using namespace presso;
using namespace presso::test;
using namespace Qt::StringLiterals;

namespace {
// One shop with an order in each state an op needs: one redeemed and still being
// chosen, one queued, one being made. All three belong to kiosk-1.
struct Fixture
{
    TestShop shop;
    TestShop::Redeemed awaiting, queued, making, done;
    // A phone customer, and the order of its own that an op needs (made by argsFor).
    std::unique_ptr<WsProbe> customer;
    TestShop::Redeemed mine;

    Fixture()
    {
        // Done just now: it may still be recalled.
        shop.placeOrder(*shop.kiosk, &done);
        shop.barista->call(u"order.claim"_s, {{u"orderId"_s, done.orderId}});
        shop.barista->call(u"order.complete"_s, {{u"orderId"_s, done.orderId}});
        shop.placeOrder(*shop.kiosk, &making);
        shop.barista->call(u"order.claim"_s, {{u"orderId"_s, making.orderId}});
        shop.placeOrder(*shop.kiosk, &queued);
        awaiting = shop.redeem(*shop.kiosk);
        customer = std::make_unique<WsProbe>(shop.server.url());
        if (!customer->connectNow() || !customer->helloCustomer().ok)
            qFatal("the customer could not say hello");
    }

    WsProbe &probe(Role role) { return role == Role::Customer ? *customer : probeOf(shop, role); }

    OrderState stateOf(const TestShop::Redeemed &order)
    {
        return shop.server.services().storage.order(OrderId{order.orderId})->order.state;
    }

    // Arguments that make the op succeed for any role allowed to call it.
    QJsonObject argsFor(const QString &op, Role role)
    {
        if (role == Role::Customer)
            return customerArgsFor(op);
        const bool kiosk = role == Role::Kiosk;
        if (op == "shop.setOpen"_L1)
            return {{u"open"_s, false}};
        if (op == "menu.setAvailable"_L1)
            return {{u"drink"_s, u"Latte"_s}, {u"available"_s, false}};
        if (op == "menu.set"_L1) {
            QJsonArray menu;
            for (const QJsonValue &item :
                 shop.admin->call(u"config.get"_s).result.value(u"menu"_s).toArray())
                menu.prepend(item);
            return {{u"menu"_s, menu}};
        }
        if (op == "settings.set"_L1)
            return {{u"maxOrdersInQueue"_s, 30}};
        if (op == "qr.redeem"_L1)
            return {{u"code"_s, shop.currentCode()}, {u"customerName"_s, u"Cy"_s}};
        if (op == "order.submit"_L1)
            return {{u"orderId"_s, awaiting.orderId},
                    {u"orderToken"_s, awaiting.orderToken},
                    {u"drink"_s, u"Espresso"_s},
                    {u"modifiers"_s, QJsonArray()}};
        if (op == "order.cancel"_L1 || op == "order.get"_L1) {
            QJsonObject args{{u"orderId"_s, queued.orderId}};
            if (kiosk)
                args.insert(u"orderToken"_s, queued.orderToken);
            return args;
        }
        if (op == "order.claim"_L1)
            return {{u"orderId"_s, queued.orderId}};
        if (op == "order.unclaim"_L1 || op == "order.complete"_L1)
            return {{u"orderId"_s, making.orderId}};
        if (op == "order.recall"_L1)
            return {{u"orderId"_s, done.orderId}};
        if (op == "events.since"_L1)
            return {{u"seq"_s, 0}};
        if (op == "device.add"_L1)
            return {{u"role"_s, u"display"_s}, {u"name"_s, u"display-2"_s}};
        if (op == "device.pair"_L1)
            return {{u"role"_s, u"display"_s}, {u"name"_s, u"display-3"_s}};
        if (op == "device.revoke"_L1)
            return {{u"name"_s, u"kiosk-2"_s}};
        if (op == "order.follow"_L1)
            return {{u"orderId"_s, queued.orderId}, {u"orderToken"_s, queued.orderToken}};
        return {};
    }

    // A customer has at most one open order, so each op gets the one it needs: none to
    // redeem, one awaiting to submit, one queued to cancel or read.
    QJsonObject customerArgsFor(const QString &op)
    {
        if (op == "order.submit"_L1) {
            mine = shop.redeem(*customer);
            return {{u"orderId"_s, mine.orderId}, {u"orderToken"_s, mine.orderToken},
                    {u"drink"_s, u"Espresso"_s}, {u"modifiers"_s, QJsonArray()}};
        }
        if (op == "order.cancel"_L1 || op == "order.get"_L1) {
            shop.placeOrder(*customer, &mine);
            return {{u"orderId"_s, mine.orderId}, {u"orderToken"_s, mine.orderToken}};
        }
        return argsFor(op, Role::Kiosk);
    }
};

// device.pair changes what the fingerprint cannot see (an open code): tst_pairing checks it.
bool isMutating(const QString &op)
{
    static const QStringList ops{u"shop.setOpen"_s,   u"menu.setAvailable"_s, u"menu.set"_s,
                                 u"settings.set"_s,   u"qr.redeem"_s,         u"order.submit"_s,
                                 u"order.cancel"_s,   u"order.claim"_s,       u"order.unclaim"_s,
                                 u"order.complete"_s, u"order.recall"_s,      u"device.add"_s,
                                 u"device.revoke"_s};
    // order.follow changes only which customer owns an order: nothing fingerprint() reads.
    return ops.contains(op);
}
} // namespace

class TestAccess : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roleMatrix_data();
    void roleMatrix();
    void kioskNeedsItsOwnOrderToken_data();
    void kioskNeedsItsOwnOrderToken();
    void serverAcceptsSubprotocol();
    void opsBeforeHelloAreUnauthenticated_data();
    void opsBeforeHelloAreUnauthenticated();
    void refusedHelloClosesTheConnection_data();
    void refusedHelloClosesTheConnection();
    void secondHelloIsRefused();
    void revokedDeviceIsClosedAtOnce();
    void addedDeviceTokenWorks();
    void deviceListNeverHoldsATokenOrHash();
};

void TestAccess::roleMatrix_data()
{
    QTest::addColumn<QString>("op");
    QTest::addColumn<QString>("role");
    QTest::addColumn<bool>("allowed");
    for (const auto &[op, allowed] : protocolOps()) {
        for (const QString &role : protocolRoles())
            QTest::addRow("%s/%s", qPrintable(op), qPrintable(role))
                << op << role << allowed.contains(role);
    }
}

void TestAccess::roleMatrix()
{
    QFETCH(QString, op);
    QFETCH(QString, role);
    QFETCH(bool, allowed);
    Fixture f;
    QVERIFY(!f.awaiting.orderId.isEmpty() && !f.queued.orderId.isEmpty() &&
            !f.making.orderId.isEmpty());
    QCOMPARE(f.stateOf(f.making), OrderState::InProduction);
    const Role r = *roleFromName(role);

    if (op == "hello"_L1) {
        WsProbe probe(f.shop.server.url());
        QVERIFY(probe.connectNow());
        const Response hello = r == Role::Customer ? probe.helloCustomer() : probe.hello(r, tokenOf(f.shop, r));
        QVERIFY2(hello.ok, qPrintable(hello.error.message));
        QCOMPARE(hello.result.value(u"role"_s).toString(), role);
        return;
    }

    const QJsonObject args = f.argsFor(op, r);
    const QJsonObject before = fingerprint(*f.shop.admin);
    QVERIFY2(!before.contains(u"failed"_s), qPrintable(before.value(u"failed"_s).toString()));
    const Response res = f.probe(r).call(op, args);
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
    if (isMutating(op))
        QVERIFY(after != before);
    else
        QCOMPARE(after, before);
}

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

void TestAccess::opsBeforeHelloAreUnauthenticated_data()
{
    QTest::addColumn<QString>("op");
    for (const auto &[op, roles] : protocolOps()) {
        if (op != "hello"_L1)
            QTest::newRow(qPrintable(op)) << op;
    }
    QTest::newRow("an unknown op") << u"order.brew"_s;
}

void TestAccess::opsBeforeHelloAreUnauthenticated()
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

// The customer role's limits and the part-two settings, over real WebSockets: new
// tokens per address, requests per connection, the cap on customer connections, and
// the QR code's URL (publicUrl, phoneOrdering) and redeeming by either URL.
#include "customersupport.h"
#include "customers.h"

#include <QJsonArray>

using namespace presso;
using namespace presso::test;
using namespace Qt::StringLiterals;

namespace {
QJsonObject currentQr(TestShop &shop)
{
    return shop.admin->call(u"qr.current"_s).result.value(u"qr"_s).toObject();
}

QString defaultPublicUrl(TestShop &shop)
{
    return u"http://127.0.0.1:%1"_s.arg(shop.server.url().port());
}
} // namespace

class TestCustomerLimits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void newTokensPerAddressPerMinute();
    void requestsPerSecondPerConnection();
    void customerConnectionsAreCapped();
    void newSettingsHaveTheirDefaults();
    void settingsRefuseBadValues_data();
    void settingsRefuseBadValues();
    void qrUrlFollowsTheSettings();
    void redeemTakesEitherUrlOrTheBareCode_data();
    void redeemTakesEitherUrlOrTheBareCode();
    void addressKeyGroupsAnIPv6Network();
};

void TestCustomerLimits::newTokensPerAddressPerMinute()
{
    TestShop shop;
    QString kept;
    std::vector<Phone> phones;
    for (int i = 0; i < Customers::kNewTokensPerWindow; ++i) {
        phones.push_back(connectPhone(shop.server.url()));
        QVERIFY2(phones.back().hello.ok, qPrintable(phones.back().hello.error.message));
        kept = phones.back().token();
    }
    Phone refused = connectPhone(shop.server.url());
    QCOMPARE(refused.hello.error.code, ErrorCode::RateLimited);
    QVERIFY(refused->waitForClose());
    QCOMPARE(refused->closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);
    // A customer that has its token is not new: it is always let back in.
    QCOMPARE(connectPhone(shop.server.url(), kept).token(), kept);
    // An unknown token asks for a new one, so it counts too.
    QCOMPARE(connectPhone(shop.server.url(), u"made-up"_s).hello.error.code, ErrorCode::RateLimited);
    // The minute slides on the server's clock.
    shop.server.clock().advance(Customers::kNewTokenWindowMs - 1);
    QCOMPARE(connectPhone(shop.server.url()).hello.error.code, ErrorCode::RateLimited);
    shop.server.clock().advance(1);
    QVERIFY(connectPhone(shop.server.url()).hello.ok);
}

void TestCustomerLimits::requestsPerSecondPerConnection()
{
    TestShop shop;
    Phone phone = connectPhone(shop.server.url());
    QVERIFY(phone.hello.ok);
    constexpr int burst = 80;
    for (int i = 0; i < burst; ++i)
        phone->socket().sendTextMessage(QStringLiteral(R"({"type":"req","id":"p%1","op":"ping","args":{}})").arg(i));
    const QList<Response> responses = phone->takeResponses(burst);
    QCOMPARE(responses.size(), burst);
    const auto limited = std::count_if(responses.begin(), responses.end(),
                                       [](const Response &r) { return r.error.code == ErrorCode::RateLimited; });
    QVERIFY2(limited >= burst - 50, qPrintable(QString::number(limited)));
    QVERIFY(phone->isOpen());
}

void TestCustomerLimits::customerConnectionsAreCapped()
{
    TestShop shop;
    QVERIFY(shop.admin->call(u"settings.set"_s, {{u"maxCustomerConnections"_s, 2}}).ok);
    Phone one = connectPhone(shop.server.url());
    Phone two = connectPhone(shop.server.url());
    QVERIFY(one.hello.ok && two.hello.ok);
    Phone three = connectPhone(shop.server.url());
    QCOMPARE(three.hello.error.code, ErrorCode::AtCapacity);
    QVERIFY(three->waitForClose());
    QVERIFY(three.token().isEmpty());
    QCOMPARE(closeCodeOnTheWire(shop.server.url()), 1013);
    // Devices are always served.
    const QString token = shop.server.addDevice(Role::Kiosk, u"kiosk-3"_s);
    WsProbe kiosk(shop.server.url());
    QVERIFY(!kiosk.join(Role::Kiosk, token).isEmpty());
    // A phone that leaves makes room.
    one->socket().close();
    QTRY_COMPARE(shop.server.services().publisher.customerCount(mainShopId()), 1);
    QVERIFY(connectPhone(shop.server.url(), one.token()).hello.ok);
}

void TestCustomerLimits::newSettingsHaveTheirDefaults()
{
    TestShop shop;
    const QJsonObject settings = shop.admin->call(u"config.get"_s).result.value(u"shop"_s).toObject();
    QCOMPARE(settings.value(u"phoneOrdering"_s), QJsonValue(true));
    QCOMPARE(settings.value(u"maxCustomerConnections"_s).toInt(), 2000);
    // The server listens on loopback only: the default address is the loopback one.
    QCOMPARE(settings.value(u"publicUrl"_s).toString(), defaultPublicUrl(shop));
    // A value set wins; an empty one goes back to the server's own address.
    QVERIFY(shop.admin->call(u"settings.set"_s, {{u"publicUrl"_s, u"https://coffee.example:8443"_s}}).ok);
    shop.server.restart();
    TestShop::Redeemed unused;
    Q_UNUSED(unused);
    WsProbe admin(shop.server.url());
    QVERIFY(!admin.join(Role::Admin, shop.adminToken).isEmpty());
    QCOMPARE(admin.call(u"config.get"_s).result[u"shop"_s][u"publicUrl"_s].toString(), u"https://coffee.example:8443"_s);
    const Response reset = admin.call(u"settings.set"_s, {{u"publicUrl"_s, u""_s}});
    QCOMPARE(reset.result[u"shop"_s][u"publicUrl"_s].toString(), defaultPublicUrl(shop));
}

void TestCustomerLimits::settingsRefuseBadValues_data()
{
    QTest::addColumn<QJsonObject>("patch");
    QTest::addRow("phoneOrdering not a bool") << QJsonObject{{u"phoneOrdering"_s, u"yes"_s}};
    QTest::addRow("maxCustomerConnections 0") << QJsonObject{{u"maxCustomerConnections"_s, 0}};
    QTest::addRow("maxCustomerConnections huge") << QJsonObject{{u"maxCustomerConnections"_s, 10'000'000}};
    QTest::addRow("publicUrl not a URL") << QJsonObject{{u"publicUrl"_s, u"coffee shop"_s}};
    QTest::addRow("publicUrl ftp") << QJsonObject{{u"publicUrl"_s, u"ftp://coffee.example"_s}};
    QTest::addRow("publicUrl trailing slash") << QJsonObject{{u"publicUrl"_s, u"http://coffee.example/"_s}};
    QTest::addRow("publicUrl with query") << QJsonObject{{u"publicUrl"_s, u"http://coffee.example?x=1"_s}};
    QTest::addRow("publicUrl with user") << QJsonObject{{u"publicUrl"_s, u"http://me@coffee.example"_s}};
}

void TestCustomerLimits::settingsRefuseBadValues()
{
    QFETCH(QJsonObject, patch);
    TestShop shop;
    const QJsonValue before = shop.admin->call(u"config.get"_s).result.value(u"shop"_s);
    const Response r = shop.admin->call(u"settings.set"_s, patch);
    QCOMPARE(r.error.code, ErrorCode::BadRequest);
    QVERIFY(r.error.message.contains(patch.keys().first()));
    QCOMPARE(shop.admin->call(u"config.get"_s).result.value(u"shop"_s), before);
}

void TestCustomerLimits::qrUrlFollowsTheSettings()
{
    TestShop shop;
    QJsonObject qr = currentQr(shop);
    const QString code = qr.value(u"code"_s).toString();
    QCOMPARE(qr.value(u"url"_s).toString(), defaultPublicUrl(shop) + u"/o?code="_s + code);
    QCOMPARE(shop.display->call(u"qr.current"_s).result[u"qr"_s][u"url"_s].toString(), qr.value(u"url"_s).toString());

    shop.clearEvents();
    QVERIFY(shop.admin->call(u"settings.set"_s, {{u"publicUrl"_s, u"http://coffee.example"_s}}).ok);
    const auto changed = shop.display->waitForEvent(EventType::NewCode);
    QVERIFY(changed);
    QCOMPARE(changed->event.detail.value(u"url"_s).toString(), u"http://coffee.example/o?code="_s + code);
    QCOMPARE(currentQr(shop).value(u"code"_s).toString(), code);

    shop.clearEvents();
    QVERIFY(shop.admin->call(u"settings.set"_s, {{u"phoneOrdering"_s, false}}).ok);
    QVERIFY(shop.display->waitForEvent(EventType::NewCode));
    QCOMPARE(currentQr(shop).value(u"url"_s).toString(), u"presso:order?code="_s + code);
    // A change that leaves the URL alone announces no new code.
    shop.clearEvents();
    QVERIFY(shop.admin->call(u"shop.setOpen"_s, {{u"open"_s, true}, }).ok);
    QVERIFY(shop.admin->call(u"settings.set"_s, {{u"maxOrdersInQueue"_s, 25}}).ok);
    QVERIFY(shop.display->waitForEvent(EventType::ConfigChanged));
    QVERIFY(shop.display->eventsOf(EventType::NewCode).isEmpty());
    // The next bucket's code is made with the URL in effect.
    shop.server.clock().advance(300'000);
    QTRY_VERIFY(currentQr(shop).value(u"code"_s).toString() != code);
    QVERIFY(currentQr(shop).value(u"url"_s).toString().startsWith(u"presso:order?code="_s));
}

void TestCustomerLimits::redeemTakesEitherUrlOrTheBareCode_data()
{
    QTest::addColumn<QString>("form"); // CODE: the code, URL: the default publicUrl
    QTest::addColumn<bool>("valid");
    QTest::addRow("bare code") << u"CODE"_s << true;
    QTest::addRow("phone URL") << u"URL/o?code=CODE"_s << true;
    QTest::addRow("kiosk URL") << u"presso:order?code=CODE"_s << true;
    QTest::addRow("phone URL, another host") << u"http://10.9.8.7:8770/o?code=CODE"_s << true;
    QTest::addRow("phone URL, wrong code") << u"URL/o?code=AAAAAAAAAA"_s << false;
    QTest::addRow("URL without a code") << u"URL/o?follow=CODE"_s << false;
    QTest::addRow("code with more after it") << u"CODEx"_s << false;
}

void TestCustomerLimits::redeemTakesEitherUrlOrTheBareCode()
{
    QFETCH(QString, form);
    QFETCH(bool, valid);
    TestShop shop;
    const QString text = QString(form).replace(u"CODE"_s, shop.currentCode()).replace(u"URL"_s, defaultPublicUrl(shop));
    Phone phone = connectPhone(shop.server.url());
    for (WsProbe *p : {phone.probe.get(), shop.kiosk.get()}) {
        const int left = tokensLeft(shop);
        const Response r = p->call(u"qr.redeem"_s, {{u"code"_s, text}});
        if (valid) {
            QVERIFY2(r.ok, qPrintable(r.error.message));
            QCOMPARE(tokensLeft(shop), left - 1);
        } else {
            QCOMPARE(r.error.code, ErrorCode::InvalidCode);
            QCOMPARE(tokensLeft(shop), left);
        }
    }
}

void TestCustomerLimits::addressKeyGroupsAnIPv6Network()
{
    QCOMPARE(Customers::addressKey(QHostAddress(u"192.168.1.20"_s)), u"192.168.1.20"_s);
    QCOMPARE(Customers::addressKey(QHostAddress(u"::ffff:192.168.1.20"_s)), u"192.168.1.20"_s);
    QCOMPARE(Customers::addressKey(QHostAddress(u"2001:db8:1:2:aaaa::1"_s)),
             Customers::addressKey(QHostAddress(u"2001:db8:1:2:bbbb::9"_s)));
    QVERIFY(Customers::addressKey(QHostAddress(u"2001:db8:1:2::1"_s))
            != Customers::addressKey(QHostAddress(u"2001:db8:1:3::1"_s)));
}

QTEST_GUILESS_MAIN(TestCustomerLimits)
#include "tst_customerlimits.moc"

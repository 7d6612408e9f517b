// Pairing a device by code (protocol.md, "Pairing a device by code"), over real
// WebSockets with a real SQLite file: device.pair, hello {pair}, single use, expiry on
// the server's clock, the per-address limit, the ten-failure kill, the barista's
// limits, Devices.DevicePaired, and `presso-server device pair` beside a running server.
#include "pairingsupport.h"

#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace presso;
using namespace presso::test;
using namespace Qt::StringLiterals;

class TestPairing : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pairedDeviceSaysHelloAndKeepsItsToken();
    void nameGivenAtTheDevice_data();
    void nameGivenAtTheDevice();
    void codeWorksOnce();
    void codeExpiresAfterTenMinutesOfServerTime();
    void wrongCodesAreRefusedAndClosed_data();
    void wrongCodesAreRefusedAndClosed();
    void codeForAnotherRoleStaysOpen();
    void fiveFailuresInAMinuteBlockTheAddress();
    void tenFailuresKillEveryOpenCode();
    void baristaPairsOnlyTheBarsDevices_data();
    void baristaPairsOnlyTheBarsDevices();
    void pairingANameInUseIsAConflict();
    void devicePairedReachesBaristaAndAdminOnly();
    void commandLinePairsBesideARunningServer();
};

void TestPairing::pairedDeviceSaysHelloAndKeepsItsToken()
{
    TestShop shop;
    const Response made = pairVia(*shop.admin, u"kiosk"_s, u"Kiosk by the door"_s);
    QVERIFY2(made.ok, qPrintable(made.error.message));
    const QJsonObject pairing = made.result.value(u"pairing"_s).toObject();
    const QString code = pairing.value(u"code"_s).toString();
    QVERIFY2(QRegularExpression(u"^[0-9]{6}$"_s).match(code).hasMatch(), qPrintable(code));
    QCOMPARE(pairing.value(u"url"_s).toString(),
             u"http://127.0.0.1:%1/pair?code=%2"_s.arg(shop.server.url().port()).arg(code));
    QCOMPARE(pairing.value(u"role"_s).toString(), u"kiosk"_s);
    QCOMPARE(pairing.value(u"name"_s).toString(), u"Kiosk by the door"_s);
    QCOMPARE(millisFromIso(pairing.value(u"expiresAt"_s).toString()),
             shop.server.clock().now() + 10 * 60 * 1000);

    WsProbe device(shop.server.url());
    QVERIFY(device.connectNow());
    const Response hello = helloWithCode(device, code);
    QVERIFY2(hello.ok, qPrintable(hello.error.message));
    QCOMPARE(hello.result.value(u"role"_s).toString(), u"kiosk"_s);
    QCOMPARE(hello.result.value(u"device"_s).toString(), u"Kiosk by the door"_s);
    QVERIFY(hello.result.value(u"snapshot"_s).toObject().contains(u"menu"_s));
    const QString token = hello.result.value(u"token"_s).toString();
    QVERIFY(token.size() >= 40);
    // The device works as a kiosk at once on this connection.
    QVERIFY(device.call(u"qr.redeem"_s, {{u"code"_s, shop.currentCode()}}).ok);

    // And later with its token, as any device.
    WsProbe later(shop.server.url());
    QVERIFY(!later.join(Role::Kiosk, token).isEmpty());
    const QJsonArray devices = shop.admin->call(u"device.list"_s).result.value(u"devices"_s).toArray();
    QVERIFY(std::any_of(devices.begin(), devices.end(), [](const QJsonValue &d) {
        return d.toObject().value(u"name"_s) == u"Kiosk by the door"_s
               && d.toObject().value(u"role"_s) == u"kiosk"_s;
    }));
    // The database keeps neither the code nor the token.
    QVERIFY(!databaseHolds(shop.server, code.toUtf8()));
    QVERIFY(!databaseHolds(shop.server, token.toUtf8()));
}

void TestPairing::nameGivenAtTheDevice_data()
{
    QTest::addColumn<QString>("given");
    QTest::addColumn<QString>("expected");
    QTest::newRow("free name") << u"Front kiosk"_s << u"Front kiosk"_s;
    QTest::newRow("name of another device") << u"kiosk-1"_s << u"Kiosk 3"_s;
    QTest::newRow("blank") << u"  "_s << u"Kiosk 3"_s;
}

void TestPairing::nameGivenAtTheDevice()
{
    QFETCH(QString, given);
    QFETCH(QString, expected);
    TestShop shop;
    const QString code = codeOf(pairVia(*shop.admin, u"kiosk"_s, u"Kiosk 3"_s));
    WsProbe device(shop.server.url());
    QVERIFY(device.connectNow());
    const Response hello = helloWithCode(device, code, given);
    QVERIFY2(hello.ok, qPrintable(hello.error.message));
    QCOMPARE(hello.result.value(u"device"_s).toString(), expected);
}

void TestPairing::codeWorksOnce()
{
    TestShop shop;
    const QString code = codeOf(pairVia(*shop.admin, u"display"_s, u"TV 2"_s));
    WsProbe first(shop.server.url());
    QVERIFY(first.connectNow());
    QVERIFY(helloWithCode(first, code).ok);
    expectRefused(shop, code, ErrorCode::Unauthenticated);
}

void TestPairing::codeExpiresAfterTenMinutesOfServerTime()
{
    TestShop shop;
    const QString early = codeOf(pairVia(*shop.admin, u"display"_s, u"TV 2"_s));
    const QString late = codeOf(pairVia(*shop.admin, u"display"_s, u"TV 3"_s));
    shop.server.clock().advance(10 * 60 * 1000 - 1);
    WsProbe inTime(shop.server.url());
    QVERIFY(inTime.connectNow());
    QVERIFY(helloWithCode(inTime, early).ok);
    shop.server.clock().advance(1);
    expectRefused(shop, late, ErrorCode::Unauthenticated);
}

void TestPairing::wrongCodesAreRefusedAndClosed_data()
{
    QTest::addColumn<QJsonObject>("pair");
    QTest::addColumn<QString>("code");
    QTest::newRow("wrong digits") << QJsonObject{{u"code"_s, u"000000"_s}} << u"UNAUTHENTICATED"_s;
    QTest::newRow("five digits") << QJsonObject{{u"code"_s, u"12345"_s}} << u"UNAUTHENTICATED"_s;
    QTest::newRow("letters") << QJsonObject{{u"code"_s, u"12345a"_s}} << u"UNAUTHENTICATED"_s;
    QTest::newRow("no code") << QJsonObject{} << u"BAD_REQUEST"_s;
    QTest::newRow("code a number") << QJsonObject{{u"code"_s, 123456}} << u"BAD_REQUEST"_s;
}

void TestPairing::wrongCodesAreRefusedAndClosed()
{
    QFETCH(QJsonObject, pair);
    QFETCH(QString, code);
    TestShop shop;
    const QString real = codeOf(pairVia(*shop.admin, u"kiosk"_s, u"Kiosk 3"_s));
    if (pair.value(u"code"_s) == real)
        pair.insert(u"code"_s, u"999999"_s); // one chance in a million
    const QJsonObject before = fingerprint(*shop.admin);
    WsProbe device(shop.server.url());
    QVERIFY(device.connectNow());
    const Response hello = device.call(u"hello"_s, {{u"protocol"_s, 1}, {u"pair"_s, pair}});
    QVERIFY(!hello.ok);
    QCOMPARE(errorCodeName(hello.error.code), code);
    QVERIFY(device.waitForClose());
    QCOMPARE(device.closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);
    QCOMPARE(fingerprint(*shop.admin), before);
}

void TestPairing::codeForAnotherRoleStaysOpen()
{
    TestShop shop;
    const QString code = codeOf(pairVia(*shop.admin, u"display"_s, u"TV 2"_s));
    WsProbe kioskApp(shop.server.url());
    QVERIFY(kioskApp.connectNow());
    const Response refused = helloWithCode(kioskApp, code, {}, u"kiosk"_s);
    QCOMPARE(refused.error.code, ErrorCode::Unauthenticated);
    QVERIFY2(refused.error.message.contains(u"display"_s), qPrintable(refused.error.message));
    WsProbe tv(shop.server.url());
    QVERIFY(tv.connectNow());
    QVERIFY(helloWithCode(tv, code, {}, u"display"_s).ok);
}

void TestPairing::fiveFailuresInAMinuteBlockTheAddress()
{
    TestShop shop;
    const QString code = codeOf(pairVia(*shop.admin, u"kiosk"_s, u"Kiosk 3"_s));
    for (int i = 0; i < 5; ++i) {
        expectRefused(shop, wrongCode({code}, i), ErrorCode::Unauthenticated);
        shop.server.clock().advance(1000);
    }
    // Right or wrong, this address is refused for the rest of the minute...
    expectRefused(shop, code, ErrorCode::RateLimited);
    expectRefused(shop, wrongCode({code}, 7), ErrorCode::RateLimited);
    // ...while another address is not.
    Services &s = shop.server.services();
    const auto other = s.transactor.run(
        [&] { return s.pairings.redeem(wrongCode({code}, 8), {}, std::nullopt, QHostAddress(u"192.0.2.7"_s)); });
    QCOMPARE(other.error().code, ErrorCode::Unauthenticated);
    // The minute after the first failure, one attempt is free again: the code still works.
    shop.server.clock().advance(60'000 - 5000 + 1);
    WsProbe device(shop.server.url());
    QVERIFY(device.connectNow());
    const Response hello = helloWithCode(device, code);
    QVERIFY2(hello.ok, qPrintable(hello.error.message));
}

void TestPairing::tenFailuresKillEveryOpenCode()
{
    TestShop shop;
    const QString first = codeOf(pairVia(*shop.admin, u"kiosk"_s, u"Kiosk 3"_s));
    const QString second = codeOf(pairVia(*shop.admin, u"display"_s, u"TV 2"_s));
    Services &s = shop.server.services();
    // Nine failures from nine addresses: nobody is limited, the codes live.
    auto failFrom = [&](int i) {
        const auto r = s.transactor.run([&] {
            return s.pairings.redeem(wrongCode({first, second}, i), {}, std::nullopt, QHostAddress(u"192.0.2.%1"_s.arg(i + 1)));
        });
        QCOMPARE(r.error().code, ErrorCode::Unauthenticated);
    };
    for (int i = 0; i < 9; ++i)
        failFrom(i);
    WsProbe tv(shop.server.url());
    QVERIFY(tv.connectNow());
    QVERIFY(helloWithCode(tv, second).ok);
    // The tenth failure kills every code open at the time, from any address.
    failFrom(9);
    const QString after = codeOf(pairVia(*shop.admin, u"barista"_s, u"Bar 2"_s));
    expectRefused(shop, first, ErrorCode::Unauthenticated);
    // A code made after the attack is fine.
    WsProbe bar(shop.server.url());
    QVERIFY(bar.connectNow());
    QVERIFY(helloWithCode(bar, after).ok);
}

void TestPairing::baristaPairsOnlyTheBarsDevices_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("kiosk") << u"kiosk"_s << true;
    QTest::newRow("display") << u"display"_s << true;
    QTest::newRow("barista") << u"barista"_s << true;
    QTest::newRow("admin") << u"admin"_s << false;
}

void TestPairing::baristaPairsOnlyTheBarsDevices()
{
    QFETCH(QString, role);
    QFETCH(bool, allowed);
    TestShop shop;
    const Response byBarista = pairVia(*shop.barista, role, u"New "_s + role);
    QCOMPARE(byBarista.ok, allowed);
    if (!allowed)
        QCOMPARE(byBarista.error.code, ErrorCode::Forbidden);
    // An admin may pair any role.
    QVERIFY(pairVia(*shop.admin, role, u"Admin's "_s + role).ok);
    for (WsProbe *other : {shop.kiosk.get(), shop.display.get()})
        QCOMPARE(pairVia(*other, role, u"x"_s).error.code, ErrorCode::Forbidden);
}

void TestPairing::pairingANameInUseIsAConflict()
{
    TestShop shop;
    QCOMPARE(pairVia(*shop.admin, u"kiosk"_s, u"kiosk-1"_s).error.code, ErrorCode::Conflict);
    QCOMPARE(pairVia(*shop.admin, u"kiosk"_s, u"  "_s).error.code, ErrorCode::BadRequest);
    QCOMPARE(pairVia(*shop.admin, u"chef"_s, u"Chef"_s).error.code, ErrorCode::BadRequest);
}

void TestPairing::devicePairedReachesBaristaAndAdminOnly()
{
    TestShop shop;
    const QString code = codeOf(pairVia(*shop.barista, u"display"_s, u"TV 2"_s));
    WsProbe tv(shop.server.url());
    QVERIFY(tv.connectNow());
    QVERIFY(helloWithCode(tv, code).ok);
    for (WsProbe *staff : {shop.admin.get(), shop.barista.get()}) {
        const auto paired = staff->waitForEvent(EventType::DevicePaired);
        QVERIFY(paired);
        QCOMPARE(paired->event.detail, (QJsonObject{{u"name"_s, u"TV 2"_s}, {u"role"_s, u"display"_s}}));
    }
    // A round trip to each other screen: anything published before it has arrived.
    for (WsProbe *other : {shop.display.get(), shop.kiosk.get(), &tv}) {
        QVERIFY(other->call(u"ping"_s).ok);
        QVERIFY(other->eventsOf(EventType::DevicePaired).isEmpty());
    }
}

void TestPairing::commandLinePairsBesideARunningServer()
{
    TestShop shop;
    QProcess cli;
    cli.start(QStringLiteral(PRESSO_SERVER_BINARY),
              {u"--data-dir"_s, shop.server.dataDir(), u"device"_s, u"pair"_s, u"--role"_s, u"display"_s,
               u"--name"_s, u"TV by the door"_s, u"--listen"_s, u"127.0.0.1:%1"_s.arg(shop.server.url().port())});
    QVERIFY(cli.waitForFinished(30'000));
    const QString out = QString::fromUtf8(cli.readAllStandardOutput());
    QVERIFY2(cli.exitCode() == 0, qPrintable(QString::fromUtf8(cli.readAllStandardError())));
    const QString code = QRegularExpression(u": ([0-9]{6})\n"_s).match(out).captured(1);
    QVERIFY2(!code.isEmpty(), qPrintable(out));
    const QString url = u"http://127.0.0.1:%1/pair?code=%2"_s.arg(shop.server.url().port()).arg(code);
    QVERIFY2(out.contains(u"URL: "_s + url), qPrintable(out));
    // The symbol in the terminal text reads back, as a phone held to the screen would.
    QCOMPARE(decodeQr(terminalQrImage(out)), url);
    // The running server takes the code at once.
    WsProbe tv(shop.server.url());
    QVERIFY(tv.connectNow());
    const Response hello = helloWithCode(tv, code);
    QVERIFY2(hello.ok, qPrintable(hello.error.message));
    QCOMPARE(hello.result.value(u"device"_s).toString(), u"TV by the door"_s);
    QVERIFY(shop.admin->waitForEvent(EventType::DevicePaired));
}

QTEST_GUILESS_MAIN(TestPairing)
#include "tst_pairing.moc"

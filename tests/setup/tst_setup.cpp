// Setting a device up by pairing, against a real server: the setup screen typed and
// scanned (the kiosk's camera fed a rendered pairing code), the refused screen after a
// revoke and after a wrong code, the barista's "Add a device" pairing a real second
// client, and --ca-cert with a real wss:// server. Screenshots under the build tree.
#include "adddevicedialog.h"
#include "appoptions.h"
#include "baristawindow.h"
#include "devicesetup.h"
#include "framesource.h"
#include "pairingmodel.h"
#include "pairingscanview.h"
#include "qrdecode.h"
#include "qrimage.h"
#include "refusedscreen.h"
#include "setupdialog.h"
#include "setupflow.h"
#include "serverlist.h"
#include "shoppage.h"
#include "tablet.h"
#include "testcert.h"
#include "testframes.h"
#include "testshop.h"
#include "widgetfind.h"

#include <QCommandLineParser>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSslKey>
#include <QStandardPaths>
#include <QTest>

using namespace presso;
using namespace presso::test;
using namespace Qt::StringLiterals;

namespace {
void screenshot(QWidget &w, const QString &name)
{
    const QString dir = QDir(QStringLiteral(PRESSO_SCREENS_DIR)).absolutePath();
    QDir().mkpath(dir);
    QVERIFY(w.grab().save(QDir(dir).filePath(name + u".png"_s)));
}

QString pairingCode(TestShop &shop, const QString &role, const QString &name, QString *url = nullptr)
{
    const Response r = shop.admin->call(u"device.pair"_s, {{u"role"_s, role}, {u"name"_s, name}});
    const QJsonObject p = r.result.value(u"pairing"_s).toObject();
    if (url)
        *url = p.value(u"url"_s).toString();
    return p.value(u"code"_s).toString();
}

// An app with no token yet: a client, a window and the setup flow around them.
struct NewDevice
{
    NewDevice(TestShop &shop, Role role, const QString &token = {})
        : client(shop.clientOptions(role, token))
        , flow(client, window, u"presso-test-"_s + roleName(role), roleName(role))
    {
        window.resize(1024, 700);
        window.show();
    }
    QLineEdit *field(const char *accessibleName) const
    {
        return childNamed<QLineEdit>(*flow.setupScreen(), QString::fromLatin1(accessibleName));
    }
    QPushButton *button(QWidget *in, const QString &text) const { return buttonSaying<QPushButton>(*in, text); }

    PressoClient client;
    QWidget window;
    SetupFlow flow;
};
} // namespace

class TestSetup : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void pairingTextIsReadAsTyped();
    void typedCodePairsAndIsRemembered_data();
    void typedCodePairsAndIsRemembered();
    void scannedCodePairsTheKiosk();
    void revokedDeviceSaysSoAndOffersSetup();
    void wrongCodeIsShownAndNotRetried();
    void baristaAddsADeviceThatPairs();
    void caCertTrustsASelfSignedServer();
};

void TestSetup::pairingTextIsReadAsTyped()
{
    QCOMPARE(serverFromTyped(u"192.168.1.10"_s), QUrl(u"ws://192.168.1.10:8770"_s));
    QCOMPARE(serverFromTyped(u" bar.local:9000 "_s), QUrl(u"ws://bar.local:9000"_s));
    QCOMPARE(serverFromTyped(u"https://bar.example"_s), QUrl(u"wss://bar.example:8770"_s));
    QVERIFY(!serverFromTyped(u""_s));
    QVERIFY(!serverFromTyped(u"ftp://x"_s));
    QCOMPARE(pairingCodeFromTyped(u"123 456"_s), u"123456"_s);
    QCOMPARE(serversFromTyped(u"10.0.0.5, bar-2:9000,"_s), (QList<QUrl>{QUrl(u"ws://10.0.0.5:8770"_s), QUrl(u"ws://bar-2:9000"_s)}));
    QString bad;
    QVERIFY(!serversFromTyped(u"10.0.0.5, ftp://x"_s, &bad));
    QCOMPARE(bad, u"ftp://x"_s);
    QVERIFY(!pairingCodeFromTyped(u"12345"_s));
    QVERIFY(!pairingCodeFromTyped(u"12345a"_s));
    const auto target = parsePairingUrl(u"http://10.0.0.5:8770/pair?code=004211"_s);
    QVERIFY(target);
    QCOMPARE(target->server, QUrl(u"ws://10.0.0.5:8770"_s));
    QCOMPARE(target->code, u"004211"_s);
    QCOMPARE(parsePairingUrl(u"https://bar.example/pair?code=004211"_s)->server, QUrl(u"wss://bar.example:443"_s));
    QVERIFY(!parsePairingUrl(u"http://10.0.0.5:8770/o?code=AbC"_s));
    QVERIFY(!parsePairingUrl(u"presso:order?code=004211"_s));
}

void TestSetup::typedCodePairsAndIsRemembered_data()
{
    QTest::addColumn<bool>("firstOfTwoDown");
    QTest::addRow("one server") << false;
    QTest::addRow("first of two down") << true;
}

void TestSetup::typedCodePairsAndIsRemembered()
{
    QFETCH(bool, firstOfTwoDown);
    TestShop shop;
    QList<QUrl> servers{shop.server.url()};
    if (firstOfTwoDown)
        servers.prepend(TestServer().url()); // gone: nothing listens there any more
    const QString code = pairingCode(shop, u"display"_s, u"TV by the door"_s);
    NewDevice tv(shop, Role::Display);
    QSignalSpy paired(&tv.flow, &SetupFlow::paired);
    tv.flow.setUpAgain(u"This display is not set up yet."_s);
    QVERIFY(QTest::qWaitForWindowExposed(tv.flow.setupScreen()));
    tv.field("Server address")->clear();
    QStringList typed;
    for (const QUrl &server : servers)
        typed.append(u"127.0.0.1:%1"_s.arg(server.port()));
    QTest::keyClicks(tv.field("Server address"), typed.join(u", "_s));
    QTest::keyClicks(tv.field("Pairing code"), code.left(3) + u" "_s + code.mid(3));
    screenshot(*tv.flow.setupScreen(), firstOfTwoDown ? u"setup-typed-two-servers"_s : u"setup-typed"_s);
    QTest::mouseClick(tv.button(tv.flow.setupScreen(), u"Connect"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(tv.client.isLive(), 10'000);
    QCOMPARE(tv.client.server(), shop.server.url());
    QCOMPARE(paired.size(), 1);
    QCOMPARE(paired.first().first().toString(), u"TV by the door"_s);
    // Remembered as --server/--token are.
    QSettings saved(QString::fromLatin1(AppOptions::kOrganization), u"presso-test-display"_s);
    QCOMPARE(saved.value(u"server"_s).toString(), serverListText(servers));
    const QString token = saved.value(u"token"_s).toString();
    WsProbe again(shop.server.url());
    QVERIFY(!again.join(Role::Display, token).isEmpty());
}

void TestSetup::scannedCodePairsTheKiosk()
{
    TestShop shop;
    QString url;
    const QString code = pairingCode(shop, u"kiosk"_s, u"Kiosk 3"_s, &url);
    ImageSequenceFrameSource camera({testframes::photoLike(renderQrImage(url, 360))}, 50);
    NewDevice kiosk(shop, Role::Kiosk);
    bool pictured = false;
    kiosk.flow.setDecorator([&camera, &pictured](SetupDialog &setup) {
        auto *view = new PairingScanView(&camera);
        // The picture as the code is read, with the camera's frame on the screen (before
        // offerScan, which connects and closes the screen).
        QObject::connect(view, &PairingScanView::found, &setup, [&setup, &pictured] {
            if (!std::exchange(pictured, true))
                screenshot(setup, u"setup-kiosk-scan"_s);
        });
        QObject::connect(view, &PairingScanView::found, &setup, &SetupDialog::offerScan);
        setup.addScanner(view);
    });
    kiosk.flow.setUpAgain();
    QVERIFY(QTest::qWaitForWindowExposed(kiosk.flow.setupScreen()));
    QTRY_VERIFY_WITH_TIMEOUT(kiosk.client.isLive(), 10'000);
    QVERIFY(pictured);
    QCOMPARE(kiosk.client.sessionRole(), Role::Kiosk);
    QCOMPARE(kiosk.client.server().port(), shop.server.url().port());
    QVERIFY(shop.admin->waitForEvent(EventType::DevicePaired));
    Q_UNUSED(code);
}

void TestSetup::revokedDeviceSaysSoAndOffersSetup()
{
    TestShop shop;
    NewDevice tv(shop, Role::Display, shop.displayToken);
    tv.client.start();
    QTRY_VERIFY_WITH_TIMEOUT(tv.client.isLive(), 10'000);
    QVERIFY(shop.admin->call(u"device.revoke"_s, {{u"name"_s, u"display-1"_s}}).ok);
    RefusedScreen &refused = tv.flow.refusedScreen();
    QTRY_VERIFY_WITH_TIMEOUT(refused.isVisible(), 10'000);
    QVERIFY(!tv.window.isVisible());
    QVERIFY2(refused.reason().contains(u"does not know this device"_s), qPrintable(refused.reason()));
    refused.resize(1280, 800);
    screenshot(refused, u"refused-revoked"_s);
    QTest::mouseClick(tv.button(&refused, u"Set up this device again"_s), Qt::LeftButton);
    QVERIFY(tv.flow.setupScreen() && tv.flow.setupScreen()->isVisible());
    // A new code brings the app's own window back.
    const QString code = pairingCode(shop, u"display"_s, u"TV again"_s);
    QTest::keyClicks(tv.field("Pairing code"), code);
    QTest::mouseClick(tv.button(tv.flow.setupScreen(), u"Connect"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(tv.client.isLive(), 10'000);
    QTRY_VERIFY(tv.window.isVisible());
    QVERIFY(!refused.isVisible());
}

void TestSetup::wrongCodeIsShownAndNotRetried()
{
    TestShop shop;
    NewDevice kiosk(shop, Role::Kiosk);
    QSignalSpy failed(&kiosk.client, &PressoClient::helloFailed);
    kiosk.flow.pair({shop.server.url()}, u"000000"_s);
    QTRY_VERIFY_WITH_TIMEOUT(kiosk.flow.refusedScreen().isVisible(), 10'000);
    QVERIFY2(kiosk.flow.refusedScreen().reason().contains(u"wrong, already used"_s),
             qPrintable(kiosk.flow.refusedScreen().reason()));
    kiosk.flow.refusedScreen().resize(1280, 800);
    screenshot(kiosk.flow.refusedScreen(), u"refused-wrong-code"_s);
    // The client gave up on the code: no retry is scheduled to burn more attempts.
    QVERIFY(!kiosk.client.isRunning());
    QCOMPARE(failed.size(), 1);
}

void TestSetup::baristaAddsADeviceThatPairs()
{
    TestShop shop;
    Tablet tablet(shop);
    BaristaWindow &window = tablet.window;
    QVERIFY(tablet.ready());
    auto *add = window.shopPage()->findChild<QPushButton *>(u"addDevice"_s);
    QVERIFY(add);
    QTest::mouseClick(add, Qt::LeftButton);
    auto *dialog = window.findChild<AddDeviceDialog *>();
    QVERIFY(dialog && dialog->isVisible());
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"role:display"_s), Qt::LeftButton);
    auto *name = dialog->findChild<QLineEdit *>(u"name"_s);
    QCOMPARE(name->text(), u"TV display"_s);
    name->clear();
    QTest::keyClicks(name, u"TV by the till"_s);
    screenshot(*dialog, u"add-device-choose"_s);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"showCode"_s), Qt::LeftButton);
    auto *codeLabel = dialog->findChild<QLabel *>(u"pairingCode"_s);
    QTRY_VERIFY(codeLabel->isVisible() && codeLabel->text().size() == 7);
    const QString code = codeLabel->text().remove(u' ');
    auto *countdown = dialog->findChild<QLabel *>(u"countdown"_s);
    QVERIFY2(countdown->text().contains(u"10:00 left"_s), qPrintable(countdown->text()));
    const QString url = decodeQr(dialog->findChild<QLabel *>(u"pairingQr"_s)->pixmap().toImage());
    QCOMPARE(url, u"http://127.0.0.1:%1/pair?code=%2"_s.arg(shop.server.url().port()).arg(code));
    // The countdown runs on the server's clock.
    shop.server.clock().advance(61'000);
    QTRY_VERIFY2(countdown->text().contains(u"8:59 left"_s), qPrintable(countdown->text()));
    screenshot(*dialog, u"add-device-code"_s);

    // The new TV scans it (here: its URL) and is in.
    NewDevice tv(shop, Role::Display);
    const auto target = parsePairingUrl(url);
    QVERIFY(target);
    tv.flow.pair({target->server}, target->code);
    QTRY_VERIFY_WITH_TIMEOUT(tv.client.isLive(), 10'000);
    QTRY_VERIFY(countdown->text().isEmpty());
    QVERIFY2(codeLabel->text() == u"✓"_s, qPrintable(codeLabel->text()));
    screenshot(*dialog, u"add-device-paired"_s);
}

void TestSetup::caCertTrustsASelfSignedServer()
{
    QTemporaryDir dir;
    const TestCertificate made = makeTestCertificate(dir.path());
    QVERIFY2(made.ok(), "openssl is missing or failed: cannot make a test certificate");
    const QString cert = made.cert, key = made.key;
    const QSslConfiguration tls = made.serverTls();
    QVERIFY(!tls.localCertificate().isNull());
    TestServer server;
    server.serveTls(tls);
    const QString token = server.addDevice(Role::Display, u"tv"_s);

    // The app's command line, as a shop owner would type it.
    AppOptions appOptions(u"presso-test-tls"_s);
    QCommandLineParser parser;
    appOptions.addTo(parser);
    parser.process({u"presso-display"_s, u"--server"_s, server.url().toString(), u"--token"_s, token, u"--ca-cert"_s, cert});
    QString problem;
    QVERIFY2(appOptions.read(parser, &problem), qPrintable(problem));
    QCOMPARE(appOptions.caCertificates().size(), 1);
    PressoClientOptions o;
    o.servers = appOptions.servers();
    o.role = Role::Display;
    o.token = appOptions.token();
    o.caCertificates = appOptions.caCertificates();
    o.clock = &server.clock();
    PressoClient client(o);
    client.start();
    QTRY_VERIFY_WITH_TIMEOUT(client.isLive(), 10'000);

    // A file that holds no certificate is a clear error, not a silent distrust.
    QCommandLineParser bad;
    AppOptions badOptions(u"presso-test-tls"_s);
    badOptions.addTo(bad);
    bad.process({u"presso-display"_s, u"--ca-cert"_s, key});
    QVERIFY(!badOptions.read(bad, &problem));
    QVERIFY2(problem.contains(u"--ca-cert"_s), qPrintable(problem));
}

QTEST_MAIN(TestSetup)
#include "tst_setup.moc"

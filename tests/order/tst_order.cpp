// presso-order against a real server: the kiosk reads the server's current code from
// frames (clean, small, rotated, inside a noisy photo-like frame) with ZXing, takes the
// order, follows it to ready and resets; typed codes; every refusal in plain words;
// sold-out drinks; cancel; the customer deadline; a double tap orders once.
#include "framesource.h"
#include "mediaframesources.h"
#include "kioskwindow.h"
#include "pressoclient.h"
#include "qrdecode.h"
#include "qrimage.h"
#include "qrscanner.h"
#include "testshop.h"
#include "theme.h"
#include "testframes.h"
#include "wsprobe.h"

#include <algorithm>

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace presso;
using namespace presso::test;
using namespace presso::testframes;

namespace {

QString currentUrl(TestShop &shop)
{
    return shop.admin->call(QStringLiteral("qr.current")).result.value(QStringLiteral("qr")).toObject()
        .value(QStringLiteral("url")).toString();
}

struct Kiosk
{
    explicit Kiosk(TestShop &shop, FrameSource *source = nullptr)
        : client(shop.clientOptions(Role::Kiosk, shop.kiosk2Token))
        , window(client, source)
    {
        window.controller().setResetDelay(300);
        window.resize(1280, 800);
        window.show();
        client.start();
    }
    bool ready() { return QTest::qWaitFor([&] { return client.isLive() && !window.controller().menu().items().isEmpty(); }, 10'000); }
    template<typename T = QPushButton>
    T *find(const QString &name) { return window.findChild<T *>(name); }
    void tap(const QString &name) { QTest::mouseClick(find<QAbstractButton>(name), Qt::LeftButton); }
    void typeCode(const QString &code)
    {
        find<QLineEdit>(QStringLiteral("code"))->setText(code);
        tap(QStringLiteral("start"));
    }
    // Types the shop's code and orders an espresso; true once the kiosk follows it.
    bool orderEspresso(TestShop &shop)
    {
        typeCode(shop.currentCode());
        if (!QTest::qWaitFor([&] { return window.controller().stage() == KioskController::Stage::Menu; }, 5000))
            return false;
        tap(QStringLiteral("drink:Espresso"));
        tap(QStringLiteral("orderNow"));
        return QTest::qWaitFor([&] { return window.controller().stage() == KioskController::Stage::Following; }, 5000);
    }

    PressoClient client;
    KioskWindow window;
};

void saveScreen(QWidget &w, const QString &name)
{
    const QString dir = QCoreApplication::applicationDirPath() + QStringLiteral("/order-screens");
    QDir().mkpath(dir);
    // Let pending relayouts (a button just hidden) happen, as they would on screen.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QVERIFY(w.grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
}

bool soldOut(TestShop &shop, const QString &drink)
{
    return shop.barista->call(QStringLiteral("menu.setAvailable"), {{QStringLiteral("drink"), drink}, {QStringLiteral("available"), false}}).ok;
}

using Stage = KioskController::Stage;
} // namespace

class TestOrder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { theme::apply(*qApp); }
    void scanOrderFollowReset_data();
    void scanOrderFollowReset();
    void scanFromAVideoFile();
    void typedCode();
    void onScreenKeyboard();
    void refusalsInPlainWords();
    void soldOutCannotBeChosen();
    void whatTheCustomerMayDo();
    void menuChangesWhileChoosing();
    void cancelWhileQueued();
    void cancelWhileChoosing();
    void followOnAPhone();
    void customerDeadline();
    void doubleTapOrdersOnce();
    void decoderOnFramesWithoutAServer();
    void scanScreenShowsThePicture();
};

void TestOrder::scanOrderFollowReset_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addRow("clean") << QStringLiteral("clean");
    QTest::addRow("small") << QStringLiteral("small");
    QTest::addRow("rotated 15 degrees") << QStringLiteral("rotated");
    QTest::addRow("in a noisy photo") << QStringLiteral("photo");
}

void TestOrder::scanOrderFollowReset()
{
    QFETCH(QString, kind);
    TestShop shop;
    const QString url = currentUrl(shop);
    const QImage code = renderQrImage(url, kind == QLatin1String("small") ? 90 : 360);
    QImage frame = code;
    if (kind == QLatin1String("rotated"))
        frame = rotated(code, 15);
    else if (kind == QLatin1String("photo"))
        frame = photoLike(code);
    ImageSequenceFrameSource source({frame}, 50);
    Kiosk kiosk(shop, &source);
    QVERIFY(kiosk.ready());
    QTRY_COMPARE(kiosk.window.controller().stage(), Stage::Menu);
    if (kind == QLatin1String("clean"))
        saveScreen(kiosk.window, QStringLiteral("2-menu"));

    QVERIFY(kiosk.find<QToolButton>(QStringLiteral("drink:Latte")));
    kiosk.tap(QStringLiteral("drink:Latte"));
    QTRY_VERIFY(kiosk.find(QStringLiteral("option:Oat")));
    QTRY_VERIFY(kiosk.find(QStringLiteral("option:Oat"))->isVisible());
    kiosk.tap(QStringLiteral("option:Oat"));
    QTest::keyClicks(kiosk.find<QLineEdit>(QStringLiteral("name")), QStringLiteral("Ana"));
    if (kind == QLatin1String("clean"))
        saveScreen(kiosk.window, QStringLiteral("3-menu-chosen"));
    kiosk.tap(QStringLiteral("orderNow"));
    QTRY_COMPARE(kiosk.window.controller().stage(), Stage::Following);
    const auto order = kiosk.window.controller().order();
    QVERIFY(order);
    QCOMPARE(order->drink, QStringLiteral("Latte"));
    QCOMPARE(order->modifiers, QStringList{QStringLiteral("Oat")});
    QCOMPARE(order->customerName, QStringLiteral("Ana"));
    QTRY_COMPARE(kiosk.window.controller().queuePosition(), std::optional<int>(1));
    if (kind == QLatin1String("clean"))
        saveScreen(kiosk.window, QStringLiteral("4-queued"));

    QVERIFY(shop.barista->call(QStringLiteral("order.claim"), {{QStringLiteral("orderId"), order->id.value}}).ok);
    QTRY_COMPARE(kiosk.window.controller().order()->state, OrderState::InProduction);
    if (kind == QLatin1String("clean"))
        saveScreen(kiosk.window, QStringLiteral("4b-being-made"));
    QVERIFY(shop.barista->call(QStringLiteral("order.complete"), {{QStringLiteral("orderId"), order->id.value}}).ok);
    QTRY_COMPARE(kiosk.window.controller().order()->state, OrderState::Completed);
    if (kind == QLatin1String("clean"))
        saveScreen(kiosk.window, QStringLiteral("5-ready"));
    // It resets by itself, and the next customer sees nothing of this order.
    QTRY_COMPARE(kiosk.window.controller().stage(), Stage::Scan);
    QVERIFY(!kiosk.window.controller().order());
    QVERIFY(kiosk.window.controller().drink().isEmpty());
    QVERIFY(kiosk.find<QLineEdit>(QStringLiteral("name"))->text().isEmpty());
}

// The same visit, with the frames coming from a video file played by Qt Multimedia.
void TestOrder::scanFromAVideoFile()
{
    const QString gst = QStandardPaths::findExecutable(QStringLiteral("gst-launch-1.0"));
    QVERIFY2(!gst.isEmpty(), "gst-launch-1.0 is not installed (gstreamer1.0-tools): cannot make the test video");
    TestShop shop;
    QTemporaryDir dir;
    const QImage code = renderQrImage(currentUrl(shop), 360);
    for (int i = 0; i < 10; ++i) {
        QImage frame(640, 480, QImage::Format_RGB32);
        frame.fill(QColor(200, 195, 190));
        QPainter p(&frame);
        p.drawImage(140 + i * 2, 60, code); // a hand that is not quite still
        p.end();
        QVERIFY(frame.save(QDir(dir.path()).filePath(QStringLiteral("f%1.png").arg(i, 3, 10, QLatin1Char('0')))));
    }
    const QString video = QDir(dir.path()).filePath(QStringLiteral("scan.webm"));
    QProcess encode;
    encode.start(gst, {QStringLiteral("-q"), QStringLiteral("multifilesrc"), QStringLiteral("location=") + QDir(dir.path()).filePath(QStringLiteral("f%03d.png")),
                       QStringLiteral("index=0"), QStringLiteral("caps=image/png,framerate=10/1"), QStringLiteral("!"),
                       QStringLiteral("pngdec"), QStringLiteral("!"), QStringLiteral("videoconvert"), QStringLiteral("!"),
                       QStringLiteral("vp8enc"), QStringLiteral("!"), QStringLiteral("webmmux"), QStringLiteral("!"),
                       QStringLiteral("filesink"), QStringLiteral("location=") + video});
    QVERIFY(encode.waitForFinished(60'000));
    QCOMPARE(encode.exitCode(), 0);
    QVERIFY(QFileInfo(video).size() > 0);

    VideoFileFrameSource source(QUrl::fromLocalFile(video));
    Kiosk kiosk(shop, &source);
    QVERIFY(kiosk.ready());
    QTRY_VERIFY_WITH_TIMEOUT(kiosk.window.controller().stage() == Stage::Menu, 15'000);
    kiosk.tap(QStringLiteral("drink:Cappuccino"));
    kiosk.tap(QStringLiteral("orderNow"));
    QTRY_COMPARE(kiosk.window.controller().stage(), Stage::Following);
    const QString id = kiosk.window.controller().order()->id.value;
    QVERIFY(shop.barista->call(QStringLiteral("order.claim"), {{QStringLiteral("orderId"), id}}).ok);
    QVERIFY(shop.barista->call(QStringLiteral("order.complete"), {{QStringLiteral("orderId"), id}}).ok);
    QTRY_COMPARE(kiosk.window.controller().order()->state, OrderState::Completed);
    QTRY_COMPARE(kiosk.window.controller().stage(), Stage::Scan);
}

void TestOrder::typedCode()
{
    TestShop shop;
    Kiosk kiosk(shop);
    QVERIFY(kiosk.ready());
    saveScreen(kiosk.window, QStringLiteral("1-scan-no-camera"));
    kiosk.typeCode(shop.currentCode());
    QTRY_COMPARE(kiosk.window.controller().stage(), Stage::Menu);
}

void TestOrder::onScreenKeyboard()
{
    TestShop shop;
    Kiosk kiosk(shop);
    QVERIFY(kiosk.ready());
    const QString code = shop.currentCode();
    bool shifted = false;
    for (const QChar ch : code) {
        const bool upper = ch.isUpper();
        if (ch.isLetter() && upper != shifted) {
            kiosk.tap(QStringLiteral("key:shift"));
            shifted = upper;
        }
        kiosk.tap(QStringLiteral("key:") + ch.toLower());
    }
    kiosk.tap(QStringLiteral("key:x"));
    kiosk.tap(QStringLiteral("key:delete"));
    QCOMPARE(kiosk.find<QLineEdit>(QStringLiteral("code"))->text(), code);
    kiosk.tap(QStringLiteral("start"));
    QTRY_COMPARE(kiosk.window.controller().stage(), Stage::Menu);
}

void TestOrder::refusalsInPlainWords()
{
    TestShop shop;
    Kiosk kiosk(shop);
    QVERIFY(kiosk.ready());
    kiosk.typeCode(QStringLiteral("AAAAAAAAAA"));
    QTRY_VERIFY(kiosk.window.controller().message().contains(QStringLiteral("scan the code on the TV now"), Qt::CaseInsensitive));
    saveScreen(kiosk.window, QStringLiteral("6-refused-expired"));

    QVERIFY(shop.admin->call(QStringLiteral("settings.set"), {{QStringLiteral("drinksPerCode"), 1}}).ok);
    shop.redeem(*shop.kiosk);
    kiosk.typeCode(shop.currentCode());
    QTRY_VERIFY(kiosk.window.controller().message().contains(QStringLiteral("A new code appears in")));

    QVERIFY(shop.admin->call(QStringLiteral("settings.set"), {{QStringLiteral("drinksPerCode"), 10}, {QStringLiteral("maxOrdersInQueue"), 1}}).ok);
    kiosk.typeCode(shop.currentCode());
    QTRY_VERIFY(kiosk.window.controller().message().contains(QStringLiteral("Too many orders right now")));

    QVERIFY(shop.admin->call(QStringLiteral("settings.set"), {{QStringLiteral("maxOrdersInQueue"), 20}, {QStringLiteral("open"), false}}).ok);
    kiosk.typeCode(shop.currentCode());
    QTRY_VERIFY(kiosk.window.controller().message().contains(QStringLiteral("not taking orders")));
}

void TestOrder::soldOutCannotBeChosen()
{
    TestShop shop;
    QVERIFY(soldOut(shop, QStringLiteral("Latte")));
    Kiosk kiosk(shop);
    QVERIFY(kiosk.ready());
    kiosk.typeCode(shop.currentCode());
    QTRY_COMPARE(kiosk.window.controller().stage(), Stage::Menu);
    auto *latte = kiosk.find<QToolButton>(QStringLiteral("drink:Latte"));
    QVERIFY(latte);
    QVERIFY(!latte->isEnabled());
    QTest::mouseClick(latte, Qt::LeftButton);
    QVERIFY(kiosk.window.controller().drink().isEmpty());
    QVERIFY(!kiosk.window.controller().chooseDrink(QStringLiteral("Latte")));
    QVERIFY(!kiosk.find(QStringLiteral("orderNow"))->isEnabled());
    saveScreen(kiosk.window, QStringLiteral("7-sold-out"));
}

// The controller, not the window, says what the customer may do at each step.
void TestOrder::whatTheCustomerMayDo()
{
    TestShop shop;
    QVERIFY(soldOut(shop, QStringLiteral("Latte")));
    Kiosk kiosk(shop);
    QVERIFY(kiosk.ready());
    KioskController &c = kiosk.window.controller();
    QVERIFY(c.awaitsNewCustomer());
    QVERIFY(!c.canOrder());
    c.enterCode(QStringLiteral("not a presso code"));
    QVERIFY(!c.awaitsNewCustomer()); // the refused code stays to be fixed
    c.enterCode(shop.currentCode());
    QTRY_COMPARE(c.stage(), Stage::Menu);
    QVERIFY(!c.awaitsNewCustomer());
    QVERIFY(!c.canChoose(QStringLiteral("Latte")));
    QVERIFY(!c.canChoose(QStringLiteral("No such drink")));
    QVERIFY(c.canChoose(QStringLiteral("Espresso")));
    QVERIFY(!c.canOrder()); // no drink yet
    QVERIFY(c.chooseDrink(QStringLiteral("Espresso")));
    QVERIFY(c.canOrder());
    c.orderNow();
    QCOMPARE(c.stage(), Stage::Submitting);
    QVERIFY(!c.canOrder()); // already on its way
    QTRY_COMPARE(c.stage(), Stage::Following);
    QVERIFY(!c.canOrder());
    c.done();
    QVERIFY(c.awaitsNewCustomer());
}

// The barista marks the chosen drink sold out while the customer is choosing: the tile
// greys out at once and the choice is dropped with a word of why.
void TestOrder::menuChangesWhileChoosing()
{
    TestShop shop;
    Kiosk kiosk(shop);
    QVERIFY(kiosk.ready());
    kiosk.typeCode(shop.currentCode());
    QTRY_COMPARE(kiosk.window.controller().stage(), Stage::Menu);
    kiosk.tap(QStringLiteral("drink:Flat White"));
    QCOMPARE(kiosk.window.controller().drink(), QStringLiteral("Flat White"));
    QVERIFY(soldOut(shop, QStringLiteral("Flat White")));
    QTRY_VERIFY(!kiosk.find<QToolButton>(QStringLiteral("drink:Flat White"))->isEnabled());
    QVERIFY(kiosk.window.controller().drink().isEmpty());
    QVERIFY(kiosk.window.controller().message().contains(QStringLiteral("sold out")));
    QVERIFY(!kiosk.find(QStringLiteral("orderNow"))->isEnabled());
}

void TestOrder::cancelWhileQueued()
{
    TestShop shop;
    Kiosk kiosk(shop);
    QVERIFY(kiosk.ready());
    QVERIFY(kiosk.orderEspresso(shop));
    QTRY_VERIFY(kiosk.find(QStringLiteral("cancelOrder"))->isVisible());
    kiosk.tap(QStringLiteral("cancelOrder"));
    QTRY_COMPARE(kiosk.window.controller().order()->state, OrderState::Cancelled);
    QCOMPARE(shop.server.services().storage.openOrders().size(), 0);
    saveScreen(kiosk.window, QStringLiteral("8-cancelled"));
}

// A customer who walks away from the menu leaves the kiosk to the next one at once, not
// after the "your order" screen's reset delay.
void TestOrder::cancelWhileChoosing()
{
    TestShop shop;
    Kiosk kiosk(shop);
    QVERIFY(kiosk.ready());
    kiosk.window.controller().setResetDelay(600'000);
    kiosk.typeCode(shop.currentCode());
    QTRY_COMPARE(kiosk.window.controller().stage(), Stage::Menu);
    kiosk.tap(QStringLiteral("cancelChoosing"));
    QTRY_COMPARE(kiosk.window.controller().stage(), Stage::Scan);
    QVERIFY(kiosk.window.controller().awaitsNewCustomer());
    QVERIFY(!kiosk.window.controller().order());
    QCOMPARE(shop.server.services().storage.openOrders().size(), 0);
    // The cancelled order's event changes nothing on the scan screen.
    QVERIFY(barrier(kiosk.client));
    QCOMPARE(kiosk.window.controller().stage(), Stage::Scan);
}

// The "order placed" screen shows a code that opens this order on the customer's phone;
// a phone that scans it can follow the order on the real server.
void TestOrder::followOnAPhone()
{
    TestShop shop;
    Kiosk kiosk(shop);
    QVERIFY(kiosk.ready());
    QVERIFY(kiosk.orderEspresso(shop));
    auto *symbol = kiosk.find<QLabel>(QStringLiteral("followSymbol"));
    QTRY_VERIFY(symbol->isVisible());
    saveScreen(kiosk.window, QStringLiteral("4c-follow-on-phone"));
    const QString url = test::decodeQr(symbol->pixmap().toImage());
    const QString publicUrl = shop.admin->call(QStringLiteral("config.get")).result.value(QStringLiteral("shop")).toObject()
                                  .value(QStringLiteral("publicUrl")).toString();
    QVERIFY2(url.startsWith(publicUrl + QStringLiteral("/o?follow=")), qPrintable(url));
    const QUrlQuery query(QUrl(url).query());
    const QString orderId = query.queryItemValue(QStringLiteral("follow"), QUrl::FullyDecoded);
    QCOMPARE(orderId, kiosk.window.controller().order()->id.value);

    WsProbe phone(shop.server.url());
    QVERIFY(phone.connectNow());
    QVERIFY(phone.helloCustomer().ok);
    const Response followed = phone.call(QStringLiteral("order.follow"),
                                         {{QStringLiteral("orderId"), orderId},
                                          {QStringLiteral("orderToken"), query.queryItemValue(QStringLiteral("t"), QUrl::FullyDecoded)}});
    QVERIFY(followed.ok);

    // Once the drink is made there is nothing left to follow.
    QVERIFY(shop.barista->call(QStringLiteral("order.claim"), {{QStringLiteral("orderId"), orderId}}).ok);
    QVERIFY(shop.barista->call(QStringLiteral("order.complete"), {{QStringLiteral("orderId"), orderId}}).ok);
    QTRY_VERIFY(!symbol->isVisible());
}

void TestOrder::customerDeadline()
{
    TestShop shop;
    Kiosk kiosk(shop);
    QVERIFY(kiosk.ready());
    kiosk.typeCode(shop.currentCode());
    QTRY_COMPARE(kiosk.window.controller().stage(), Stage::Menu);
    QVERIFY(kiosk.window.controller().timeLeftFraction() > 0.9);
    shop.server.clock().advance(300'000); // the customer walked away
    QTRY_COMPARE(kiosk.window.controller().stage(), Stage::Scan);
    QVERIFY(kiosk.window.controller().message().contains(QStringLiteral("5 minutes to order ran out")));
    QVERIFY(kiosk.find<QLineEdit>(QStringLiteral("code"))->text().isEmpty()); // the spent code is gone
    saveScreen(kiosk.window, QStringLiteral("9-timed-out"));
}

void TestOrder::doubleTapOrdersOnce()
{
    TestShop shop;
    Kiosk kiosk(shop);
    QVERIFY(kiosk.ready());
    kiosk.typeCode(shop.currentCode());
    QTRY_COMPARE(kiosk.window.controller().stage(), Stage::Menu);
    kiosk.tap(QStringLiteral("drink:Americano"));
    shop.admin->clearEvents();
    // Two taps; the second may land on the button or straight on the controller.
    kiosk.tap(QStringLiteral("orderNow"));
    kiosk.window.controller().orderNow();
    QTRY_COMPARE(kiosk.window.controller().stage(), Stage::Following);
    shop.admin->call(QStringLiteral("ping"));
    QCOMPARE(shop.admin->eventsOf(EventType::WaitingCompletion).size(), 1);
    QCOMPARE(shop.server.services().storage.openOrders().size(), 1);
    QVERIFY(kiosk.window.controller().message().isEmpty());
}

void TestOrder::decoderOnFramesWithoutAServer()
{
    const QString url = QStringLiteral("presso:order?code=AbC_12-xyZ");
    const QImage code = renderQrImage(url, 300);
    QCOMPARE(QrScanner::decode(QrScanner::prepare(code)), url);
    QCOMPARE(QrScanner::decode(QrScanner::prepare(photoLike(code))), url);
    QCOMPARE(QrCode::codeFromScan(QrScanner::decode(QrScanner::prepare(rotated(code, 15)))), QStringLiteral("AbC_12-xyZ"));
    QImage blank(640, 480, QImage::Format_RGB32);
    blank.fill(Qt::gray);
    QCOMPARE(QrScanner::decode(blank), QString());
}

// The idle screen with a camera that sees no code yet: the picture shows and the kiosk waits.
void TestOrder::scanScreenShowsThePicture()
{
    TestShop shop;
    QImage nothing(320, 320, QImage::Format_RGB32);
    nothing.fill(Qt::white);
    ImageSequenceFrameSource source({photoLike(nothing)}, 50);
    Kiosk kiosk(shop, &source);
    QVERIFY(kiosk.ready());
    QTRY_VERIFY(std::ranges::any_of(kiosk.window.findChildren<QLabel *>(), [](QLabel *l) { return !l->pixmap().isNull() && l->pixmap().width() > 300; }));
    QCOMPARE(kiosk.window.controller().stage(), Stage::Scan);
    // With a working camera the keyboard waits behind a button.
    auto *code = kiosk.find<QLineEdit>(QStringLiteral("code"));
    QVERIFY(!code->isVisibleTo(&kiosk.window));
    QVERIFY(kiosk.find<QAbstractButton>(QStringLiteral("typeCode"))->isVisibleTo(&kiosk.window));
    saveScreen(kiosk.window, QStringLiteral("0-scan-live-picture"));

    kiosk.tap(QStringLiteral("typeCode"));
    QVERIFY(code->isVisibleTo(&kiosk.window));
    QVERIFY(!kiosk.find<QAbstractButton>(QStringLiteral("typeCode"))->isVisibleTo(&kiosk.window));
    kiosk.tap(QStringLiteral("key:a"));
    kiosk.tap(QStringLiteral("key:b"));
    saveScreen(kiosk.window, QStringLiteral("0b-scan-typing"));

    // A change from the server while the customer types keeps what they typed.
    QSignalSpy changed(&kiosk.window.controller(), &KioskController::changed);
    QVERIFY(shop.admin->call(QStringLiteral("menu.setAvailable"),
                             {{QStringLiteral("drink"), QStringLiteral("Latte")}, {QStringLiteral("available"), false}}).ok);
    QVERIFY(changed.wait());
    QCOMPARE(code->text(), QStringLiteral("ab"));
    QVERIFY(code->isVisibleTo(&kiosk.window));
}

QTEST_MAIN(TestOrder)
#include "tst_order.moc"

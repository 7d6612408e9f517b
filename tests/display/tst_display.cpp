// presso-display against a real server: the code on the screen is the server's (read
// back from a grab with ZXing, at three TV sizes), it turns with the bucket and hides
// when it admits no more; the board follows orders; closed screen; reconnect banner.
#include "boardcheck.h"
#include "connectionbanner.h"
#include "displaywindow.h"
#include "pressoclient.h"
#include "qrdecode.h"
#include "testshop.h"
#include "theme.h"

#include <QDir>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace presso;
using namespace presso::test;

namespace {

QString orderIdOf(const QJsonObject &order)
{
    return order.value(QStringLiteral("id")).toString();
}

// A connected display window on the shop, ready to be looked at.
struct Screen
{
    explicit Screen(TestShop &shop, QSize size = {1920, 1080})
        : client(shop.clientOptions(Role::Display, shop.displayToken))
        , window(client, false)
    {
        window.resize(size);
        window.show();
        client.start();
    }
    bool ready() { return QTest::qWaitFor([&] { return client.isLive() && window.model().hasConfig(); }, 10'000); }
    QString decoded() { return decodeQr(window.grab().toImage()); }

    PressoClient client;
    DisplayWindow window;
};
} // namespace

class TestDisplay : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { theme::apply(*qApp); } // as the app looks
    void codeOnScreenIsTheServersAtEachSize_data();
    void codeOnScreenIsTheServersAtEachSize();
    void codeTurnsWithTheBucket();
    void codeHidesWhenUsedUpAndAtTheEnd();
    void codeInvitesPhonesWhileTheyMayOrder();
    void boardFollowsTheJourneys();
    void readyOrdersLeaveAfterTenMinutes();
    void closedScreen();
    void bannerWhileTheServerIsAway();
    void callsOutReadyOrders();
    void screenshots();
    void screenshotsOfAFullBoard_data();
    void screenshotsOfAFullBoard();
};

void TestDisplay::codeOnScreenIsTheServersAtEachSize_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addRow("1366x768") << QSize(1366, 768);
    QTest::addRow("1920x1080") << QSize(1920, 1080);
    QTest::addRow("3840x2160") << QSize(3840, 2160);
}

void TestDisplay::codeOnScreenIsTheServersAtEachSize()
{
    QFETCH(QSize, size);
    TestShop shop;
    Screen screen(shop, size);
    QVERIFY(screen.ready());
    QCOMPARE(screen.window.grab().size(), size);
    QTRY_COMPARE(screen.decoded(), currentUrl(shop));
}

void TestDisplay::codeTurnsWithTheBucket()
{
    TestShop shop;
    Screen screen(shop);
    QVERIFY(screen.ready());
    const QString first = currentUrl(shop);
    QTRY_COMPARE(screen.decoded(), first);
    // Past the boundary and the hide-before-end window: the next bucket's code.
    const Millis endsAt = millisFromIso(shop.admin->call(QStringLiteral("qr.current")).result
                                            .value(QStringLiteral("qr")).toObject().value(QStringLiteral("endsAt")).toString()).value();
    shop.server.clock().setNow(endsAt + 1000);
    const QString second = currentUrl(shop);
    QVERIFY(second != first);
    QTRY_COMPARE(screen.decoded(), second);
}

void TestDisplay::codeHidesWhenUsedUpAndAtTheEnd()
{
    TestShop shop;
    Screen screen(shop);
    QVERIFY(screen.ready());
    QVERIFY(shop.admin->call(QStringLiteral("settings.set"), {{QStringLiteral("drinksPerCode"), 2}}).ok);
    QTRY_COMPARE(screen.window.model().codeView().drinksLeft, 2);
    QTRY_COMPARE(screen.decoded(), currentUrl(shop));
    QVERIFY(screen.window.model().waitLine().startsWith(QLatin1String("Order now")));
    shop.redeem(*shop.kiosk);
    QTRY_COMPARE(screen.window.model().codeView().drinksLeft, 1);
    shop.redeem(*shop.kiosk);
    QTRY_VERIFY(!screen.window.model().codeView().visible);
    QCOMPARE(screen.decoded(), QString());
    // No invitation to order while there is no code to scan.
    QVERIFY(!screen.window.model().waitLine().contains(QLatin1String("Order now")));

    // A fresh code in the next bucket shows; in its last 15 s it hides again.
    const Millis endsAt = millisFromIso(shop.admin->call(QStringLiteral("qr.current")).result
                                            .value(QStringLiteral("qr")).toObject().value(QStringLiteral("endsAt")).toString()).value();
    shop.server.clock().setNow(endsAt + 1000);
    QTRY_COMPARE(screen.decoded(), currentUrl(shop));
    shop.server.clock().setNow(endsAt + 300'000 - 14'000);
    QTRY_VERIFY(!screen.window.model().codeView().visible);
    QCOMPARE(screen.decoded(), QString());
}

// While phones may order, the symbol is the phone page's address and the words invite
// phones and the kiosk; with phone ordering off, only the kiosk's camera.
void TestDisplay::codeInvitesPhonesWhileTheyMayOrder()
{
    TestShop shop;
    Screen screen(shop);
    QVERIFY(screen.ready());
    QTRY_VERIFY(screen.window.model().codeView().phones);
    QTRY_COMPARE(screen.decoded(), currentUrl(shop));
    QVERIFY(screen.decoded().contains(QLatin1String("/o?code=")));
    QVERIFY(shop.admin->call(QStringLiteral("settings.set"), {{QStringLiteral("phoneOrdering"), false}}).ok);
    QTRY_VERIFY(!screen.window.model().codeView().phones);
    QTRY_COMPARE(screen.decoded(), currentUrl(shop));
    QVERIFY(!screen.decoded().contains(QLatin1String("/o?code=")));
}

void TestDisplay::boardFollowsTheJourneys()
{
    TestShop shop;
    Screen screen(shop);
    QVERIFY(screen.ready());
    BoardModel &model = screen.window.model();

    const QString made = orderIdOf(shop.placeOrder(*shop.kiosk));
    QTRY_VERIFY(showsOrder(model.preparing(), made));
    QVERIFY(shop.barista->call(QStringLiteral("order.claim"), {{QStringLiteral("orderId"), made}}).ok);
    QTRY_COMPARE(model.preparing().first().state, OrderState::InProduction);
    QVERIFY(shop.barista->call(QStringLiteral("order.complete"), {{QStringLiteral("orderId"), made}}).ok);
    QTRY_VERIFY(showsOrder(model.ready(), made));
    QVERIFY(!showsOrder(model.preparing(), made));
    QVERIFY(model.isHighlighted(model.ready().first()));

    TestShop::Redeemed cancelled;
    shop.placeOrder(*shop.kiosk, &cancelled);
    QTRY_VERIFY(showsOrder(model.preparing(), cancelled.orderId));
    QVERIFY(shop.kiosk->call(QStringLiteral("order.cancel"), {{QStringLiteral("orderId"), cancelled.orderId},
                                                              {QStringLiteral("orderToken"), cancelled.orderToken}}).ok);
    QTRY_VERIFY(!showsOrder(model.preparing(), cancelled.orderId));

    const QString forgotten = orderIdOf(shop.placeOrder(*shop.kiosk));
    QTRY_VERIFY(showsOrder(model.preparing(), forgotten));
    shop.server.clock().advance(900'000); // the barista deadline passes
    QTRY_VERIFY(!showsOrder(model.preparing(), forgotten));
    QVERIFY(model.preparing().isEmpty());
}

void TestDisplay::readyOrdersLeaveAfterTenMinutes()
{
    TestShop shop;
    Screen screen(shop);
    QVERIFY(screen.ready());
    const QString id = orderIdOf(shop.placeOrder(*shop.kiosk));
    QVERIFY(shop.barista->call(QStringLiteral("order.claim"), {{QStringLiteral("orderId"), id}}).ok);
    QVERIFY(shop.barista->call(QStringLiteral("order.complete"), {{QStringLiteral("orderId"), id}}).ok);
    QTRY_VERIFY(showsOrder(screen.window.model().ready(), id));
    shop.server.clock().advance(9 * 60'000 + 50'000);
    QVERIFY(barrier(screen.client));
    QVERIFY(showsOrder(screen.window.model().ready(), id));
    shop.server.clock().advance(11'000);
    QTRY_VERIFY(!showsOrder(screen.window.model().ready(), id));
}

void TestDisplay::closedScreen()
{
    TestShop shop;
    Screen screen(shop);
    QVERIFY(screen.ready());
    QTRY_COMPARE(screen.decoded(), currentUrl(shop));
    QVERIFY(shop.barista->call(QStringLiteral("shop.setOpen"), {{QStringLiteral("open"), false}}).ok);
    QTRY_VERIFY(!screen.window.model().shopOpen());
    QCOMPARE(screen.decoded(), QString()); // no code while closed
    QVERIFY(shop.barista->call(QStringLiteral("shop.setOpen"), {{QStringLiteral("open"), true}}).ok);
    QTRY_VERIFY(screen.window.model().shopOpen());
    QTRY_COMPARE(screen.decoded(), currentUrl(shop));
}

void TestDisplay::bannerWhileTheServerIsAway()
{
    TestShop shop;
    Screen screen(shop);
    QVERIFY(screen.ready());
    auto *banner = screen.window.findChild<ConnectionBanner *>();
    QVERIFY(banner);
    QVERIFY(!banner->isVisible());
    const QString before = orderIdOf(shop.placeOrder(*shop.kiosk));
    QTRY_VERIFY(showsOrder(screen.window.model().preparing(), before));

    shop.server.stop();
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 5000);
    shop.server.restart();
    QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 10'000);

    // After the return the board is the server's, and follows it again.
    auto barista = shop.connect(Role::Barista, shop.baristaToken);
    QVERIFY(barista->call(QStringLiteral("order.claim"), {{QStringLiteral("orderId"), before}}).ok);
    QVERIFY(barista->call(QStringLiteral("order.complete"), {{QStringLiteral("orderId"), before}}).ok);
    QTRY_VERIFY(showsOrder(screen.window.model().ready(), before));
    const Response list = barista->call(QStringLiteral("orders.list"), {{QStringLiteral("states"), QJsonArray{QStringLiteral("QUEUED"), QStringLiteral("IN_PRODUCTION")}}});
    QCOMPARE(screen.window.model().preparing().size(), list.result.value(QStringLiteral("orders")).toArray().size());
}

void TestDisplay::callsOutReadyOrders()
{
    TestShop shop;
    Screen screen(shop);
    QVERIFY(screen.ready());
    QSignalSpy callouts(&screen.window.model(), &BoardModel::callout);
    const QString id = orderIdOf(shop.placeOrder(*shop.kiosk));
    QVERIFY(shop.barista->call(QStringLiteral("order.claim"), {{QStringLiteral("orderId"), id}}).ok);
    QVERIFY(barrier(screen.client)); // the claim has reached the screen, and said nothing
    QVERIFY(callouts.isEmpty());
    QVERIFY(shop.barista->call(QStringLiteral("order.complete"), {{QStringLiteral("orderId"), id}}).ok);
    QTRY_COMPARE(callouts.size(), 1);
    QCOMPARE(callouts.first().first().toString(), QStringLiteral("Order 1, Ana, your latte is ready"));
}

void TestDisplay::screenshots()
{
    TestShop shop;
    Screen screen(shop);
    QVERIFY(screen.ready());
    const QStringList names{QStringLiteral("Ana"), QStringLiteral("Benedikt"), QStringLiteral("Chen"),
                            QStringLiteral("Dara"), QStringLiteral("Eli"), QStringLiteral("Femi"),
                            QStringLiteral("Gus"), QStringLiteral("Hana")};
    const QStringList drinks{QStringLiteral("Latte"), QStringLiteral("Flat White"), QStringLiteral("Espresso"),
                             QStringLiteral("Cappuccino")};
    QStringList ids;
    for (int i = 0; i < names.size(); ++i) {
        const auto red = shop.redeem(*shop.kiosk, names.at(i));
        const QString drink = drinks.at(i % drinks.size());
        const bool milk = drink != QLatin1String("Espresso");
        const Response r = shop.kiosk->call(QStringLiteral("order.submit"),
            {{QStringLiteral("orderId"), red.orderId}, {QStringLiteral("orderToken"), red.orderToken},
             {QStringLiteral("drink"), drink},
             {QStringLiteral("modifiers"), milk ? QJsonArray{i % 2 ? QStringLiteral("Oat") : QStringLiteral("Regular")} : QJsonArray{}}});
        QVERIFY(r.ok);
        ids << red.orderId;
    }
    for (int i = 0; i < 3; ++i) {
        QVERIFY(shop.barista->call(QStringLiteral("order.claim"), {{QStringLiteral("orderId"), ids.at(i)}}).ok);
        QVERIFY(shop.barista->call(QStringLiteral("order.complete"), {{QStringLiteral("orderId"), ids.at(i)}}).ok);
    }
    QVERIFY(shop.barista->call(QStringLiteral("order.claim"), {{QStringLiteral("orderId"), ids.at(3)}}).ok);
    QTRY_COMPARE(screen.window.model().ready().size(), 3);
    shop.server.clock().advance(20'000); // past the arrival highlight, mostly
    QVERIFY(shop.barista->call(QStringLiteral("order.complete"), {{QStringLiteral("orderId"), ids.at(3)}}).ok);
    QTRY_COMPARE(screen.window.model().ready().size(), 4);
    // One drink being made, so the picture shows its sign.
    QVERIFY(shop.barista->call(QStringLiteral("order.claim"), {{QStringLiteral("orderId"), ids.at(4)}}).ok);
    QTRY_COMPARE(screen.window.model().preparing().first().state, OrderState::InProduction);
    QTRY_COMPARE(screen.decoded(), currentUrl(shop));
    saveScreen(screen.window, QStringLiteral("1-open"));

    QVERIFY(shop.admin->call(QStringLiteral("settings.set"), {{QStringLiteral("drinksPerCode"), 2}}).ok);
    QTRY_VERIFY(!screen.window.model().codeView().visible);
    saveScreen(screen.window, QStringLiteral("2-code-used-up"));

    QVERIFY(shop.barista->call(QStringLiteral("shop.setOpen"), {{QStringLiteral("open"), false}}).ok);
    QTRY_VERIFY(!screen.window.model().shopOpen());
    saveScreen(screen.window, QStringLiteral("3-closed"));

    shop.server.stop();
    QTRY_VERIFY_WITH_TIMEOUT(!screen.client.isLive(), 5000);
    saveScreen(screen.window, QStringLiteral("4-reconnecting"));
}

void TestDisplay::screenshotsOfAFullBoard_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addRow("1366x768") << QSize(1366, 768);
    QTest::addRow("3840x2160") << QSize(3840, 2160);
}

// More orders than fit: the board says how many are hidden and never overflows; the
// code stays readable.
void TestDisplay::screenshotsOfAFullBoard()
{
    QFETCH(QSize, size);
    TestShop shop;
    QVERIFY(shop.admin->call(QStringLiteral("settings.set"), {{QStringLiteral("drinksPerCode"), 40},
                                                               {QStringLiteral("maxOrdersInQueue"), 40}}).ok);
    Screen screen(shop, size);
    QVERIFY(screen.ready());
    QStringList ids;
    for (int i = 0; i < 14; ++i)
        ids << orderIdOf(shop.placeOrder(*shop.kiosk, nullptr, QStringLiteral("Flat White"), {QStringLiteral("Oat")}));
    for (int i = 0; i < 7; ++i) {
        QVERIFY(shop.barista->call(QStringLiteral("order.claim"), {{QStringLiteral("orderId"), ids.at(i)}}).ok);
        if (i < 6)
            QVERIFY(shop.barista->call(QStringLiteral("order.complete"), {{QStringLiteral("orderId"), ids.at(i)}}).ok);
    }
    QTRY_COMPARE(screen.window.model().preparing().size(), 8);
    QTRY_COMPARE(screen.window.model().ready().size(), 6);
    QTRY_COMPARE(screen.decoded(), currentUrl(shop));
    saveScreen(screen.window, QStringLiteral("5-full-board-%1x%2").arg(size.width()).arg(size.height()));
}

QTEST_MAIN(TestDisplay)
#include "tst_display.moc"

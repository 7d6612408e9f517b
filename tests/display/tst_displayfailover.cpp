// presso-display on several servers, against real servers on one store: given a list
// whose first server is down, it shows the second's board and code; when its server
// stops, the banner says in plain words which server it tries, then which it is on, and
// the board carries on. Screenshots under the build tree (display-screens/).
#include "boardcheck.h"
#include "connectionbanner.h"
#include "displaywindow.h"
#include "pressoclient.h"
#include "qrdecode.h"
#include "serverlist.h"
#include "testshop.h"
#include "theme.h"

#include <QTest>

using namespace presso;
using namespace presso::test;
using namespace Qt::StringLiterals;

namespace {
// The shop's TV, told of several servers.
struct Screen
{
    Screen(TestShop &shop, const QList<QUrl> &servers)
        : client(withServers(shop.clientOptions(Role::Display, shop.displayToken), servers))
        , window(client, false)
    {
        window.resize(1920, 1080);
        window.show();
        client.start();
    }
    static PressoClientOptions withServers(PressoClientOptions o, const QList<QUrl> &servers)
    {
        o.servers = servers;
        return o;
    }
    ConnectionBanner &banner() { return *window.findChild<ConnectionBanner *>(); }

    PressoClient client;
    DisplayWindow window;
};
} // namespace

class TestDisplayFailover : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { theme::apply(*qApp); }
    void firstServerDownShowsTheSecondsBoard();
    void bannerNamesTheServerItTries();
};

void TestDisplayFailover::firstServerDownShowsTheSecondsBoard()
{
    TestShop shop;
    QUrl down;
    {
        TestServer gone;
        down = gone.url();
    }
    const QString id = shop.placeOrder(*shop.kiosk).value(u"id"_s).toString();
    Screen tv(shop, {down, shop.server.url()});
    QTRY_VERIFY_WITH_TIMEOUT(tv.client.isLive() && tv.window.model().hasConfig(), 10'000);
    QCOMPARE(tv.client.server(), shop.server.url());
    QTRY_VERIFY(showsOrder(tv.window.model().preparing(), id));
    QTRY_COMPARE(decodeQr(tv.window.grab().toImage()), currentUrl(shop));
    QVERIFY(tv.banner().isVisible());
    QCOMPARE(tv.banner().text(), u"Now connected to shop server %1"_s.arg(serverLabel(shop.server.url())));
    saveScreen(tv.window, u"failover-second-server"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!tv.banner().isVisible(), 10'000);
}

void TestDisplayFailover::bannerNamesTheServerItTries()
{
    TestShop shop;
    auto b = shop.server.sharingStore();
    b->stop(); // down too, so that the screen stays on "trying" while it is looked at
    const QString id = shop.placeOrder(*shop.kiosk).value(u"id"_s).toString();
    Screen tv(shop, {shop.server.url(), b->url()});
    QTRY_VERIFY_WITH_TIMEOUT(tv.client.isLive() && showsOrder(tv.window.model().preparing(), id), 10'000);
    QVERIFY(!tv.banner().isVisible());

    shop.server.stop();
    const QString trying = u"Shop server %1 is not answering. Trying %2…"_s
                               .arg(serverLabel(shop.server.url()), serverLabel(b->url()));
    QTRY_VERIFY_WITH_TIMEOUT(tv.banner().isVisible() && tv.banner().text() == trying, 10'000);
    QCOMPARE(tv.banner().palette().color(QPalette::Window), theme::kAlert);
    saveScreen(tv.window, u"failover-banner-trying"_s);

    b->restart();
    QTRY_VERIFY_WITH_TIMEOUT(tv.client.isLive(), 10'000);
    QCOMPARE(tv.banner().text(), u"Now connected to shop server %1"_s.arg(serverLabel(b->url())));
    QCOMPARE(tv.banner().palette().color(QPalette::Window), theme::kReady);
    // The board carries on from the other server: an order completed there shows as ready.
    auto barista = std::make_unique<WsProbe>(b->url());
    QVERIFY(!barista->join(Role::Barista, shop.baristaToken).isEmpty());
    QVERIFY(barista->call(u"order.claim"_s, {{u"orderId"_s, id}}).ok);
    QVERIFY(barista->call(u"order.complete"_s, {{u"orderId"_s, id}}).ok);
    QTRY_VERIFY(showsOrder(tv.window.model().ready(), id));
    saveScreen(tv.window, u"failover-banner-connected"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!tv.banner().isVisible(), 10'000);
}

QTEST_MAIN(TestDisplayFailover)
#include "tst_displayfailover.moc"

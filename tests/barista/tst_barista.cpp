// presso-barista against a real server: each tap changes the server's state, cancel and
// closing the shop ask first, a double tap acts once, and after the server drops and
// returns the columns are exactly the server's. Screenshots at 1280×800.
#include "baristawindow.h"
#include "connectionbanner.h"
#include "ordercard.h"
#include "pressoclient.h"
#include "tablet.h"
#include "todaypage.h"
#include "testshop.h"
#include "theme.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChartView>
#include <QCheckBox>
#include <QDir>
#include <QPieSeries>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QTest>

using namespace presso;
using namespace presso::test;

namespace {


QString stateOnServer(TestShop &shop, const QString &id)
{
    return shop.admin->call(QStringLiteral("order.get"), {{QStringLiteral("orderId"), id}}).result
        .value(QStringLiteral("order")).toObject().value(QStringLiteral("state")).toString();
}

QStringList ids(const QList<Order> &orders)
{
    QStringList out;
    for (const Order &o : orders)
        out << o.id.value;
    return out;
}

void saveScreen(QWidget &w, const QString &name)
{
    const QString dir = QCoreApplication::applicationDirPath() + QStringLiteral("/barista-screens");
    QDir().mkpath(dir);
    QVERIFY(w.grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
}
} // namespace

class TestBarista : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        theme::apply(*qApp); // as the app looks
        QStandardPaths::setTestModeEnabled(true); // settings of the tests' own
    }
    void eachTapChangesTheServer();
    void cancelAsksFirst();
    void closingTheShopAsksFirst();
    void doubleTapActsOnce();
    void onlyEventsMoveOrders();
    void aTapWhileAwayLandsWithItsEvent();
    void columnsEqualTheServerAfterItReturns();
    void undoWithinAMinuteOnly();
    void bumpBarKeys();
    void soldOutIsRefusedForAKiosk();
    void allDayCounts();
    void chimeOnNewOrders();
    void ticketToPdf_data();
    void ticketToPdf();
    void todayChartsHaveData();
    void screenshots();
};

void TestBarista::eachTapChangesTheServer()
{
    TestShop shop;
    Tablet tablet(shop);
    QVERIFY(tablet.ready());
    const QString id = shop.placeOrder(*shop.kiosk).value(QStringLiteral("id")).toString();
    QTRY_VERIFY(tablet.button(id, "make"));
    QTest::mouseClick(tablet.button(id, "make"), Qt::LeftButton);
    QTRY_COMPARE(stateOnServer(shop, id), QStringLiteral("IN_PRODUCTION"));
    QTRY_COMPARE(ids(tablet.window.model().making()), QStringList{id});

    QTRY_VERIFY(tablet.button(id, "unmake"));
    QTest::mouseClick(tablet.button(id, "unmake"), Qt::LeftButton);
    QTRY_COMPARE(stateOnServer(shop, id), QStringLiteral("QUEUED"));

    QTRY_VERIFY(tablet.button(id, "make"));
    QTest::mouseClick(tablet.button(id, "make"), Qt::LeftButton);
    QTRY_VERIFY(tablet.button(id, "ready"));
    QTest::mouseClick(tablet.button(id, "ready"), Qt::LeftButton);
    QTRY_COMPARE(stateOnServer(shop, id), QStringLiteral("COMPLETED"));
    QTRY_COMPARE(ids(tablet.window.model().ready()), QStringList{id});
    // Ready orders leave the tablet after a minute.
    shop.server.clock().advance(61'000);
    QTRY_VERIFY(tablet.window.model().ready().isEmpty());
}

void TestBarista::cancelAsksFirst()
{
    TestShop shop;
    Tablet tablet(shop);
    QVERIFY(tablet.ready());
    const QString id = shop.placeOrder(*shop.kiosk).value(QStringLiteral("id")).toString();
    QTRY_VERIFY(tablet.button(id, "cancel"));
    QTest::mouseClick(tablet.button(id, "cancel"), Qt::LeftButton);
    QTRY_VERIFY(tablet.window.dismissButton()->isVisible());
    QCOMPARE(stateOnServer(shop, id), QStringLiteral("QUEUED")); // asked, not done
    QTest::mouseClick(tablet.window.dismissButton(), Qt::LeftButton);
    QVERIFY(!tablet.window.dismissButton()->isVisible());
    QCOMPARE(stateOnServer(shop, id), QStringLiteral("QUEUED"));

    QTest::mouseClick(tablet.button(id, "cancel"), Qt::LeftButton);
    QTRY_VERIFY(tablet.window.confirmButton()->isVisible());
    QTest::mouseClick(tablet.window.confirmButton(), Qt::LeftButton);
    QTRY_COMPARE(stateOnServer(shop, id), QStringLiteral("CANCELLED"));
    QTRY_VERIFY(tablet.window.model().waiting().isEmpty());
}

void TestBarista::closingTheShopAsksFirst()
{
    TestShop shop;
    Tablet tablet(shop);
    QVERIFY(tablet.ready());
    QTRY_VERIFY(tablet.window.model().shopOpen());
    QTest::mouseClick(tablet.window.shopButton(), Qt::LeftButton);
    QTRY_VERIFY(tablet.window.confirmButton()->isVisible());
    QVERIFY(shop.server.services().config.shop().open);
    QTest::mouseClick(tablet.window.confirmButton(), Qt::LeftButton);
    QTRY_VERIFY(!shop.server.services().config.shop().open);
    QTRY_VERIFY(!tablet.window.model().shopOpen());
    // Opening needs no question.
    QTest::mouseClick(tablet.window.shopButton(), Qt::LeftButton);
    QTRY_VERIFY(shop.server.services().config.shop().open);
}

void TestBarista::doubleTapActsOnce()
{
    TestShop shop;
    Tablet tablet(shop);
    QVERIFY(tablet.ready());
    const QString id = shop.placeOrder(*shop.kiosk).value(QStringLiteral("id")).toString();
    QTRY_VERIFY(tablet.button(id, "make"));
    shop.admin->clearEvents();
    QPushButton *make = tablet.button(id, "make");
    QTest::mouseClick(make, Qt::LeftButton);
    QVERIFY(!make->isEnabled()); // disabled while the request is in flight
    QTest::mouseClick(make, Qt::LeftButton);
    QTRY_COMPARE(stateOnServer(shop, id), QStringLiteral("IN_PRODUCTION"));
    shop.admin->call(QStringLiteral("ping"));
    QCOMPARE(shop.admin->eventsOf(EventType::MakeOrder).size(), 1);
    QVERIFY(tablet.window.model().lastError().isEmpty());
}

void TestBarista::onlyEventsMoveOrders()
{
    TestShop shop;
    Tablet tablet(shop);
    QVERIFY(tablet.ready());
    BaristaModel &model = tablet.window.model();
    const QString id = tablet.placeOrder(shop);
    QCOMPARE(ids(model.waiting()), QStringList{id});
    shop.admin->clearEvents();
    QSignalSpy answered(&model, &BaristaModel::claimed);
    {
        // The claim's event is held back from the tablet: only the answer reaches it.
        const QSignalBlocker holdEvents(tablet.client);
        QVERIFY(model.claim(id));
        QVERIFY(answered.wait());
        QVERIFY(barrier(tablet.client));
    }
    QCOMPARE(stateOnServer(shop, id), QStringLiteral("IN_PRODUCTION"));
    QCOMPARE(ids(model.waiting()), QStringList{id}); // the answer alone moved nothing
    QVERIFY(model.making().isEmpty());
    QVERIFY(model.busy(id)); // and no second tap until the event comes
    QVERIFY(!tablet.button(id, "make")->isEnabled());

    const auto made = shop.admin->waitForEvent(EventType::MakeOrder);
    QVERIFY(made);
    QSignalSpy changed(&model, &BaristaModel::changed);
    Q_EMIT tablet.client.event(*made); // the held-back event arrives
    QCOMPARE(changed.size(), 1);
    QCOMPARE(ids(model.making()), QStringList{id});
    QVERIFY(model.waiting().isEmpty());
    QVERIFY(!model.busy(id));
    QTRY_VERIFY(tablet.button(id, "ready") && tablet.button(id, "ready")->isEnabled());
}

void TestBarista::aTapWhileAwayLandsWithItsEvent()
{
    TestShop shop;
    Tablet tablet(shop);
    QVERIFY(tablet.ready());
    const QString id = tablet.placeOrder(shop);
    shop.server.stop();
    QTRY_VERIFY_WITH_TIMEOUT(!tablet.client.isLive(), 5000);
    BaristaModel &model = tablet.window.model();
    QVERIFY(model.claim(id)); // held by the client until the server is back
    QVERIFY(model.busy(id));
    QCOMPARE(ids(model.waiting()), QStringList{id});
    shop.server.restart();
    // The resumed stream brings the claim's event and the retried request its answer.
    QTRY_COMPARE_WITH_TIMEOUT(ids(model.making()), QStringList{id}, 10'000);
    QTRY_VERIFY(!model.busy(id));
    QVERIFY(model.waiting().isEmpty());
    QVERIFY(model.lastError().isEmpty());
    shop.admin = shop.connect(Role::Admin, shop.adminToken); // the old probe went with the server
    QCOMPARE(stateOnServer(shop, id), QStringLiteral("IN_PRODUCTION"));
}

void TestBarista::columnsEqualTheServerAfterItReturns()
{
    TestShop shop;
    Tablet tablet(shop);
    QVERIFY(tablet.ready());
    QStringList placed;
    for (int i = 0; i < 3; ++i)
        placed << shop.placeOrder(*shop.kiosk).value(QStringLiteral("id")).toString();
    QTRY_COMPARE(tablet.window.model().waiting().size(), 3);
    auto *banner = tablet.window.findChild<ConnectionBanner *>();
    QVERIFY(banner && !banner->isVisible());

    shop.server.stop();
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 5000);
    shop.server.restart();
    // While it was away another barista made one and cancelled another.
    auto other = shop.connect(Role::Barista, shop.server.addDevice(Role::Barista, QStringLiteral("barista-2")));
    QVERIFY(other->call(QStringLiteral("order.claim"), {{QStringLiteral("orderId"), placed.at(0)}}).ok);
    QVERIFY(other->call(QStringLiteral("order.cancel"), {{QStringLiteral("orderId"), placed.at(1)}}).ok);
    QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 10'000);

    const auto listed = [&](const char *state) {
        QStringList out;
        const Response r = other->call(QStringLiteral("orders.list"), {{QStringLiteral("states"), QJsonArray{QString::fromLatin1(state)}}});
        for (const QJsonValue &v : r.result.value(QStringLiteral("orders")).toArray())
            out << v.toObject().value(QStringLiteral("id")).toString();
        return out;
    };
    QTRY_COMPARE(ids(tablet.window.model().waiting()), listed("QUEUED"));
    QTRY_COMPARE(ids(tablet.window.model().making()), listed("IN_PRODUCTION"));
    QCOMPARE(ids(tablet.window.model().making()), QStringList{placed.at(0)});
    // And the screen shows just those cards.
    QTRY_VERIFY(tablet.window.card(placed.at(0)) && tablet.window.card(placed.at(2)));
    QTRY_VERIFY(!tablet.window.card(placed.at(1)));
}

void TestBarista::undoWithinAMinuteOnly()
{
    TestShop shop;
    Tablet tablet(shop);
    QVERIFY(tablet.ready());
    const QString id = shop.placeOrder(*shop.kiosk).value(QStringLiteral("id")).toString();
    QVERIFY(shop.barista->call(QStringLiteral("order.claim"), {{QStringLiteral("orderId"), id}}).ok);
    QTRY_VERIFY(tablet.button(id, "ready"));
    QTest::mouseClick(tablet.button(id, "ready"), Qt::LeftButton);
    QTRY_COMPARE(stateOnServer(shop, id), QStringLiteral("COMPLETED"));
    QTRY_VERIFY(tablet.window.undoButton()->isVisible());
    QCOMPARE(tablet.window.undoButton()->text(), QStringLiteral("Undo Ready #1"));
    shop.server.clock().advance(30'000);
    QTest::mouseClick(tablet.window.undoButton(), Qt::LeftButton);
    QTRY_COMPARE(stateOnServer(shop, id), QStringLiteral("IN_PRODUCTION"));
    QTRY_COMPARE(ids(tablet.window.model().making()), QStringList{id});

    // A cancel, undone in time: the order comes back to Making.
    auto cancel = [&] {
        QTRY_VERIFY(tablet.button(id, "cancel") && tablet.button(id, "cancel")->isEnabled());
        QTest::mouseClick(tablet.button(id, "cancel"), Qt::LeftButton);
        QTRY_VERIFY(tablet.window.confirmButton()->isVisible());
        QTest::mouseClick(tablet.window.confirmButton(), Qt::LeftButton);
        QTRY_COMPARE(stateOnServer(shop, id), QStringLiteral("CANCELLED"));
        QTRY_VERIFY(tablet.window.undoButton()->isVisible());
    };
    cancel();
    QTRY_VERIFY(ids(tablet.window.model().making()).isEmpty());
    shop.server.clock().advance(30'000);
    QTest::keyClick(&tablet.window, Qt::Key_Backspace); // the bump bar's undo
    QTRY_COMPARE(stateOnServer(shop, id), QStringLiteral("IN_PRODUCTION"));
    QTRY_COMPARE(ids(tablet.window.model().making()), QStringList{id});

    // Cancelled again, and undone too late: the button goes, and the server refuses.
    cancel();
    shop.server.clock().advance(61'000);
    QTRY_VERIFY(!tablet.window.undoButton()->isVisible());
    QVERIFY(!tablet.window.model().recall());
    QCOMPARE(shop.barista->call(QStringLiteral("order.recall"), {{QStringLiteral("orderId"), id}}).error.code, ErrorCode::Conflict);
    QCOMPARE(stateOnServer(shop, id), QStringLiteral("CANCELLED"));
}

void TestBarista::bumpBarKeys()
{
    TestShop shop;
    Tablet tablet(shop);
    QVERIFY(tablet.ready());
    const QString first = shop.placeOrder(*shop.kiosk).value(QStringLiteral("id")).toString();
    const QString second = shop.placeOrder(*shop.kiosk).value(QStringLiteral("id")).toString();
    QTRY_COMPARE(tablet.window.model().waiting().size(), 2);
    QTest::keyClick(&tablet.window, Qt::Key_2);
    QCOMPARE(tablet.window.selected(), second);
    QTest::keyClick(&tablet.window, Qt::Key_Return);
    QTRY_COMPARE(stateOnServer(shop, second), QStringLiteral("IN_PRODUCTION"));
    QTest::keyClick(&tablet.window, Qt::Key_Return); // the same card moves on again: ready
    QTRY_COMPARE(stateOnServer(shop, second), QStringLiteral("COMPLETED"));
    QTest::keyClick(&tablet.window, Qt::Key_Backspace); // undo
    QTRY_COMPARE(stateOnServer(shop, second), QStringLiteral("IN_PRODUCTION"));
    QCOMPARE(stateOnServer(shop, first), QStringLiteral("QUEUED"));
}

void TestBarista::soldOutIsRefusedForAKiosk()
{
    TestShop shop;
    Tablet tablet(shop);
    QVERIFY(tablet.ready());
    tablet.window.showPage(1);
    auto *latte = tablet.window.findChild<QPushButton *>(QStringLiteral("available:Latte"));
    QTRY_VERIFY(latte);
    QTest::mouseClick(latte, Qt::LeftButton);
    QTRY_VERIFY(!shop.server.services().config.menu().find(QStringLiteral("Latte"))->available);
    QTRY_VERIFY(!tablet.window.model().menu().find(QStringLiteral("Latte"))->available);
    const auto red = shop.redeem(*shop.kiosk);
    const Response refused = shop.kiosk->call(QStringLiteral("order.submit"), {{QStringLiteral("orderId"), red.orderId},
                                                                             {QStringLiteral("orderToken"), red.orderToken},
                                                                             {QStringLiteral("drink"), QStringLiteral("Latte")}});
    QCOMPARE(refused.error.code, ErrorCode::InvalidOrder);
    QVERIFY(refused.error.message.contains(QStringLiteral("sold out")));
    saveScreen(tablet.window, QStringLiteral("3-shop"));
    // And back on the menu.
    QTRY_VERIFY(tablet.window.findChild<QPushButton *>(QStringLiteral("available:Latte")));
    QTest::mouseClick(tablet.window.findChild<QPushButton *>(QStringLiteral("available:Latte")), Qt::LeftButton);
    QTRY_VERIFY(shop.server.services().config.menu().find(QStringLiteral("Latte"))->available);
}

void TestBarista::allDayCounts()
{
    TestShop shop;
    Tablet tablet(shop);
    QVERIFY(tablet.ready());
    const QString a = shop.placeOrder(*shop.kiosk).value(QStringLiteral("id")).toString(); // Latte · Oat
    shop.placeOrder(*shop.kiosk);
    shop.placeOrder(*shop.kiosk, nullptr, QStringLiteral("Espresso"), {});
    using Counts = QList<std::pair<QString, int>>;
    QTRY_COMPARE(tablet.window.model().allDay(), (Counts{{QStringLiteral("Latte · Oat"), 2}, {QStringLiteral("Espresso"), 1}}));
    QVERIFY(shop.barista->call(QStringLiteral("order.claim"), {{QStringLiteral("orderId"), a}}).ok);
    QVERIFY(barrier(tablet.client));
    QCOMPARE(tablet.window.model().allDay(), (Counts{{QStringLiteral("Latte · Oat"), 2}, {QStringLiteral("Espresso"), 1}}));
    QVERIFY(shop.barista->call(QStringLiteral("order.complete"), {{QStringLiteral("orderId"), a}}).ok);
    QTRY_COMPARE(tablet.window.model().allDay(), (Counts{{QStringLiteral("Espresso"), 1}, {QStringLiteral("Latte · Oat"), 1}}));
    // Shown above the columns too.
    auto *strip = tablet.window.findChild<QLabel *>(QStringLiteral("allDayStrip"));
    QVERIFY(strip && strip->isVisible());
    QTRY_VERIFY(strip->text().contains(QStringLiteral("1× Espresso")) && strip->text().contains(QStringLiteral("1× Latte · Oat")));
}

void TestBarista::chimeOnNewOrders()
{
    TestShop shop;
    Tablet tablet(shop);
    QVERIFY(tablet.ready());
    QSignalSpy chimes(&tablet.window.model(), &BaristaModel::newOrder);
    shop.placeOrder(*shop.kiosk);
    QTRY_COMPARE(chimes.size(), 1);
    shop.redeem(*shop.kiosk); // not an order yet: no chime
    shop.placeOrder(*shop.kiosk);
    QTRY_COMPARE(chimes.size(), 2);
}

void TestBarista::ticketToPdf_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("en") << QStringLiteral("en_GB") << QStringList{QStringLiteral("Latte"), QStringLiteral("Oat")};
    // In the screen's language, from the menu's words, as the cards show it.
    QTest::newRow("de") << QStringLiteral("de_DE") << QStringList{QStringLiteral("Latte"), QStringLiteral("Hafermilch")};
}

void TestBarista::ticketToPdf()
{
    QFETCH(QString, language);
    QFETCH(QStringList, expected);
    const QLocale before;
    QLocale::setDefault(QLocale(language));
    const auto restore = qScopeGuard([&] { QLocale::setDefault(before); });
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    QVERIFY2(!pdftotext.isEmpty(), "pdftotext (poppler-utils) is not installed");
    TestShop shop;
    Tablet tablet(shop);
    QVERIFY(tablet.ready());
    QTemporaryDir tickets;
    tablet.window.setTicketFolder(tickets.path());
    auto *print = tablet.window.findChild<QCheckBox *>();
    QVERIFY(print);
    for (QCheckBox *box : tablet.window.findChildren<QCheckBox *>()) {
        if (box->text().contains(QStringLiteral("ticket")))
            box->setChecked(true);
    }
    const QString id = shop.placeOrder(*shop.kiosk).value(QStringLiteral("id")).toString();
    QTRY_VERIFY(tablet.button(id, "make"));
    QTest::mouseClick(tablet.button(id, "make"), Qt::LeftButton);
    QTRY_VERIFY(!tablet.window.lastTicket().isEmpty());
    QProcess text;
    text.start(pdftotext, {tablet.window.lastTicket(), QStringLiteral("-")});
    QVERIFY(text.waitForFinished(30'000));
    const QString content = QString::fromUtf8(text.readAllStandardOutput());
    for (const QString &word : QStringList{QStringLiteral("#1"), QStringLiteral("Ana")} + expected)
        QVERIFY2(content.contains(word), qPrintable(word + QStringLiteral(" not in: ") + content));
}

void TestBarista::todayChartsHaveData()
{
    TestShop shop;
    Tablet tablet(shop);
    QVERIFY(tablet.ready());
    for (int i = 0; i < 4; ++i) {
        const QString id = shop.placeOrder(*shop.kiosk, nullptr, i % 2 ? QStringLiteral("Espresso") : QStringLiteral("Latte"),
                                           i % 2 ? QStringList{} : QStringList{QStringLiteral("Oat")}).value(QStringLiteral("id")).toString();
        QVERIFY(shop.barista->call(QStringLiteral("order.claim"), {{QStringLiteral("orderId"), id}}).ok);
        shop.server.clock().advance(60'000 * (i + 1));
        QVERIFY(shop.barista->call(QStringLiteral("order.complete"), {{QStringLiteral("orderId"), id}}).ok);
    }
    tablet.window.showPage(2);
    TodayPage *today = tablet.window.todayPage();
    QTRY_VERIFY(today->charts().at(0)->chart() && !today->charts().at(0)->chart()->series().isEmpty());
    auto *perHour = qobject_cast<QBarSeries *>(today->charts().at(0)->chart()->series().first());
    QVERIFY(perHour);
    qreal total = 0;
    for (int i = 0; i < perHour->barSets().first()->count(); ++i)
        total += perHour->barSets().first()->at(i);
    QCOMPARE(total, 4.0);
    auto *pie = qobject_cast<QPieSeries *>(today->charts().at(2)->chart()->series().first());
    QVERIFY(pie);
    QCOMPARE(pie->count(), 2);
    saveScreen(tablet.window, QStringLiteral("4-today"));
}

void TestBarista::screenshots()
{
    TestShop shop;
    Tablet tablet(shop);
    QVERIFY(tablet.ready());
    const QStringList names{QStringLiteral("Ana"), QStringLiteral("Ben"), QStringLiteral("Chen"), QStringLiteral("Dara"),
                            QStringLiteral("Eli"), QStringLiteral("Femi")};
    QStringList placed;
    for (const QString &name : names) {
        const auto red = shop.redeem(*shop.kiosk, name);
        QVERIFY(shop.kiosk->call(QStringLiteral("order.submit"),
            {{QStringLiteral("orderId"), red.orderId}, {QStringLiteral("orderToken"), red.orderToken},
             {QStringLiteral("drink"), placed.size() % 2 ? QStringLiteral("Flat White") : QStringLiteral("Latte")},
             {QStringLiteral("modifiers"), QJsonArray{QStringLiteral("Oat")}}}).ok);
        placed << red.orderId;
        shop.server.clock().advance(50'000); // so that ages differ
    }
    // The tablet itself makes #1 ready, so that its Undo shows in the rush.
    QTRY_VERIFY(tablet.button(placed.at(0), "make"));
    QTest::mouseClick(tablet.button(placed.at(0), "make"), Qt::LeftButton);
    QTRY_VERIFY(tablet.button(placed.at(0), "ready") && tablet.button(placed.at(0), "ready")->isEnabled());
    QTest::mouseClick(tablet.button(placed.at(0), "ready"), Qt::LeftButton);
    QTRY_VERIFY(tablet.window.undoButton()->isVisible());
    QTRY_VERIFY(tablet.button(placed.at(1), "make"));
    QTest::mouseClick(tablet.button(placed.at(1), "make"), Qt::LeftButton);
    QTRY_COMPARE(tablet.window.model().making().size(), 1);
    QTRY_COMPARE(tablet.window.model().ready().size(), 1);
    saveScreen(tablet.window, QStringLiteral("1-rush"));
    QTRY_VERIFY(tablet.button(placed.at(2), "cancel"));
    QTest::mouseClick(tablet.button(placed.at(2), "cancel"), Qt::LeftButton);
    QTRY_VERIFY(tablet.window.confirmButton()->isVisible());
    saveScreen(tablet.window, QStringLiteral("2-confirm-cancel"));
    QTest::mouseClick(tablet.window.dismissButton(), Qt::LeftButton);
    tablet.window.showPage(1);
    saveScreen(tablet.window, QStringLiteral("5-shop-all-day"));
}

QTEST_MAIN(TestBarista)
#include "tst_barista.moc"

// Names are text everywhere: a customer called "<h1>BIG</h1>", a drink and an option with
// markup and a script in them, all through a real server, are shown as typed on the
// barista's tablet, the kiosk and the TV. Screenshots under names-screens/.
#include "baristawindow.h"
#include "displaywindow.h"
#include "kioskwindow.h"
#include "markup.h"
#include "ordercard.h"
#include "plaintext.h"
#include "testshop.h"
#include "theme.h"

#include <QDir>
#include <QJsonArray>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

using namespace presso;
using namespace presso::test;

namespace {
// A drink and an option whose names are markup, beside the usual Latte. A customer's name
// has at most 20 characters, so the script rides in the drink's name.
const QString kDrink = scriptName();
const QString kOption = QStringLiteral("<b>Oat</b> & honey");
const QString kOtherName = QStringLiteral("<i>Ana</i>");

QJsonObject drink(const QString &name, const QStringList &options)
{
    QJsonArray modifiers;
    if (!options.isEmpty())
        modifiers.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("Milk")},
                                     {QStringLiteral("options"), QJsonArray::fromStringList(options)}});
    return {{QStringLiteral("drink"), name}, {QStringLiteral("icon"), QStringLiteral("latte")},
            {QStringLiteral("available"), true}, {QStringLiteral("modifiers"), modifiers}};
}

bool setHostileMenu(TestShop &shop)
{
    const QJsonArray menu{drink(QStringLiteral("Latte"), {QStringLiteral("Oat")}), drink(kDrink, {kOption})};
    return shop.admin->call(QStringLiteral("menu.set"), {{QStringLiteral("menu"), menu}}).ok;
}

void saveScreen(QWidget &w, const QString &name)
{
    const QString dir = QCoreApplication::applicationDirPath() + QStringLiteral("/names-screens");
    QDir().mkpath(dir);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QVERIFY(w.grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
}
} // namespace

class TestNames : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        theme::apply(*qApp);
        QStandardPaths::setTestModeEnabled(true);
    }
    void baristaShowsNamesAsText();
    void kioskShowsNamesAsText();
    void displayShowsNamesAsText();
};

void TestNames::baristaShowsNamesAsText()
{
    TestShop shop;
    QVERIFY(setHostileMenu(shop));
    PressoClient client(shop.clientOptions(Role::Barista, shop.baristaToken));
    BaristaWindow window(client);
    window.resize(1280, 800);
    window.show();
    client.start();
    const QString big = shop.placeOrder(*shop.kiosk, nullptr, kDrink, {kOption}, headingName()).value(QStringLiteral("id")).toString();
    const QString img = shop.placeOrder(*shop.kiosk2, nullptr, QStringLiteral("Latte"), {QStringLiteral("Oat")}, kOtherName)
                            .value(QStringLiteral("id")).toString();
    QVERIFY(!big.isEmpty() && !img.isEmpty());
    QTRY_VERIFY(window.card(big) && window.card(img) && window.card(big)->isVisible() && window.card(img)->isVisible());
    QVERIFY(shownAsText(*window.card(big), headingName()));
    QVERIFY(shownAsText(*window.card(big), kDrink + QStringLiteral(" · ") + kOption));
    QVERIFY(shownAsText(*window.card(img), kOtherName));
    QVERIFY(shownAsText(window, QStringLiteral("1× ") + kDrink)); // the all-day strip
    saveScreen(window, QStringLiteral("barista-cards"));

    // The question before a cancel quotes the name and the drink.
    QTest::mouseClick(window.card(big)->findChild<QPushButton *>(QStringLiteral("cancel")), Qt::LeftButton);
    QTRY_VERIFY(window.confirmButton()->isVisible());
    QVERIFY(shownAsText(window, headingName()));
    saveScreen(window, QStringLiteral("barista-confirm"));
    QTest::mouseClick(window.dismissButton(), Qt::LeftButton);

    // The Shop page: the drink's switch and the all-day list show its markup as text.
    window.showPage(1);
    auto *sw = window.findChild<QPushButton *>(QStringLiteral("available:") + kDrink);
    QVERIFY(sw);
    QCOMPARE(sw->text(), kDrink);
    QVERIFY(shownAsText(window, kDrink + QStringLiteral(" · ") + kOption));
    saveScreen(window, QStringLiteral("barista-shop"));
}

void TestNames::kioskShowsNamesAsText()
{
    TestShop shop;
    QVERIFY(setHostileMenu(shop));
    PressoClient client(shop.clientOptions(Role::Kiosk, shop.kiosk2Token));
    KioskWindow window(client, nullptr);
    window.resize(1280, 800);
    window.show();
    client.start();
    QTRY_VERIFY(client.isLive() && window.controller().menu().find(kDrink));
    window.findChild<QLineEdit *>(QStringLiteral("code"))->setText(shop.currentCode());
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("start")), Qt::LeftButton);
    QTRY_COMPARE(window.controller().stage(), KioskController::Stage::Menu);
    auto *tile = window.findChild<QToolButton *>(QStringLiteral("drink:") + kDrink);
    QVERIFY(tile);
    QCOMPARE(tile->text(), kDrink);
    QTest::mouseClick(tile, Qt::LeftButton);
    QPushButton *option = nullptr;
    QTRY_VERIFY((option = window.findChild<QPushButton *>(QStringLiteral("option:") + kOption)));
    QCOMPARE(option->text(), buttonText(kOption)); // shown with its '&', not made a shortcut
    QTest::mouseClick(option, Qt::LeftButton);
    QTest::keyClicks(window.findChild<QLineEdit *>(QStringLiteral("name")), headingName());
    QTRY_VERIFY(shownAsText(window, kDrink + QStringLiteral(" · ") + kOption)); // the summary
    saveScreen(window, QStringLiteral("kiosk-menu"));
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("orderNow")), Qt::LeftButton);
    QTRY_COMPARE(window.controller().stage(), KioskController::Stage::Following);
    QCOMPARE(window.controller().order()->customerName, headingName());
    QTRY_VERIFY(shownAsText(window, headingName())); // "… for <h1>BIG</h1>." while queued
    saveScreen(window, QStringLiteral("kiosk-queued"));
    QVERIFY(shop.barista->call(QStringLiteral("order.claim"), {{QStringLiteral("orderId"), window.controller().order()->id.value}}).ok);
    QTRY_VERIFY(shownAsText(window, kDrink.toLower()));
    saveScreen(window, QStringLiteral("kiosk-being-made"));
}

void TestNames::displayShowsNamesAsText()
{
    TestShop shop;
    QVERIFY(setHostileMenu(shop));
    PressoClient client(shop.clientOptions(Role::Display, shop.displayToken));
    DisplayWindow window(client, false);
    window.resize(1920, 1080);
    window.show();
    client.start();
    const QString big = shop.placeOrder(*shop.kiosk, nullptr, kDrink, {kOption}, headingName()).value(QStringLiteral("id")).toString();
    QVERIFY(!shop.placeOrder(*shop.kiosk2, nullptr, QStringLiteral("Latte"), {QStringLiteral("Oat")}, kOtherName).isEmpty());
    QVERIFY(shop.barista->call(QStringLiteral("order.claim"), {{QStringLiteral("orderId"), big}}).ok);
    QTRY_COMPARE(window.model().preparing().size(), 2);
    QStringList names;
    for (const Order &o : window.model().preparing())
        names << o.customerName;
    QVERIFY(names.contains(headingName()) && names.contains(kOtherName));
    // The board paints its text (never markup); no label of the TV reads names as markup.
    for (QLabel *label : window.findChildren<QLabel *>())
        QVERIFY(label->textFormat() == Qt::PlainText || !Qt::mightBeRichText(label->text()));
    saveScreen(window, QStringLiteral("display-board"));
}

QTEST_MAIN(TestNames)
#include "tst_names.moc"

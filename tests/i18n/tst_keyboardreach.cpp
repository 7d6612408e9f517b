// The kiosk and the barista's tablet by keyboard alone (a bump bar, switch access): every
// control reached with Tab in reading order, chosen with Space or Enter, and the
// keyboard put where the eye starts on each page. Real server, real widgets, offscreen.
#include "baristawindow.h"
#include "kioskwindow.h"
#include "language.h"
#include "ordercard.h"
#include "testshop.h"
#include "theme.h"

#include <QApplication>
#include <QPushButton>
#include <QTest>

using namespace presso;
using namespace presso::test;

namespace {
QString focusName()
{
    return QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : QStringLiteral("(none)");
}

// The object names Tab visits from the focused control until it comes back round.
QStringList tabChain()
{
    QStringList names;
    QWidget *start = QApplication::focusWidget();
    for (int i = 0; start && i < 60; ++i) {
        names << focusName();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        if (QApplication::focusWidget() == start)
            break;
    }
    return names;
}

// Tabs forward to the control named name; false when Tab never reaches it.
bool tabTo(const QString &name)
{
    for (int i = 0; i < 60 && focusName() != name; ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    return focusName() == name;
}

void show(QWidget &window)
{
    window.resize(1280, 800);
    window.show();
    QApplication::setActiveWindow(&window);
}
} // namespace

class TestKeyboardReach : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        theme::apply(*qApp);
        language::use(QStringLiteral("en"));
    }
    void kioskOrderByKeyboard();
    void baristaByKeyboard();
};

void TestKeyboardReach::kioskOrderByKeyboard()
{
    TestShop shop;
    PressoClient client(shop.clientOptions(Role::Kiosk, shop.kiosk2Token));
    KioskWindow window(client, nullptr);
    show(window);
    client.start();
    QVERIFY(QTest::qWaitFor([&] { return client.isLive() && !window.controller().menu().items().isEmpty(); }, 10'000));
    QVERIFY(QTest::qWaitForWindowActive(&window));
    // No camera: the keyboard is in the code field, and Enter starts the order.
    QTRY_COMPARE(focusName(), QStringLiteral("code"));
    QTest::keyClicks(QApplication::focusWidget(), shop.currentCode());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE(window.controller().stage(), KioskController::Stage::Menu);

    // The first drink has the keyboard; Tab reads the menu as the eye does.
    QStringList drinks;
    for (const MenuItem &item : window.controller().menu().items())
        drinks << QStringLiteral("drink:") + item.drink;
    QTRY_COMPARE(focusName(), drinks.first());
    const QStringList menuChain = drinks + QStringList{QStringLiteral("name"), QStringLiteral("cancelChoosing")};
    QCOMPARE(tabChain(), menuChain);

    QVERIFY(tabTo(QStringLiteral("drink:Latte")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QTRY_COMPARE(window.controller().drink(), QStringLiteral("Latte"));
    // The Latte's options come straight after the drinks (shown once the event loop runs).
    QTRY_VERIFY(window.findChild<QPushButton *>(QStringLiteral("option:Oat")) &&
                window.findChild<QPushButton *>(QStringLiteral("option:Oat"))->isVisible());
    QVERIFY(tabTo(QStringLiteral("option:Oat")));
    const QStringList chain = tabChain();
    QVERIFY2(chain.indexOf(QStringLiteral("option:Oat")) < chain.indexOf(QStringLiteral("name")) &&
                 chain.indexOf(QStringLiteral("name")) < chain.indexOf(QStringLiteral("orderNow")),
             qPrintable(chain.join(QLatin1Char(' '))));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QTRY_COMPARE(window.controller().options().value(QStringLiteral("Milk")), QStringLiteral("Oat"));
    QVERIFY(tabTo(QStringLiteral("name")));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Ana"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE(window.controller().stage(), KioskController::Stage::Following);
    QCOMPARE(window.controller().order()->customerName, QStringLiteral("Ana"));
    // The status page's own button has the keyboard, and Space finishes.
    QTRY_COMPARE(focusName(), QStringLiteral("done"));
    QVERIFY(tabChain().contains(QStringLiteral("cancelOrder")));
}

void TestKeyboardReach::baristaByKeyboard()
{
    TestShop shop;
    PressoClient client(shop.clientOptions(Role::Barista, shop.baristaToken));
    BaristaWindow window(client);
    show(window);
    client.start();
    QVERIFY(QTest::qWaitFor([&] { return client.isLive(); }, 10'000));
    QVERIFY(QTest::qWaitForWindowActive(&window));
    const QString a = shop.placeOrder(*shop.kiosk).value(QStringLiteral("id")).toString();
    const QString b = shop.placeOrder(*shop.kiosk).value(QStringLiteral("id")).toString();
    QVERIFY(shop.barista->call(QStringLiteral("order.claim"), {{QStringLiteral("orderId"), b}}).ok);
    QTRY_COMPARE(window.model().making().size(), 1);
    QTRY_VERIFY(window.card(a) && window.card(b));

    // Reading order: the pages, the shop, then each column's cards top down.
    window.findChild<QPushButton *>(QStringLiteral("page:Orders"))->setFocus();
    QStringList expected{QStringLiteral("page:Orders"), QStringLiteral("page:Shop"), QStringLiteral("page:Today"),
                         QStringLiteral("shop")};
    for (const QString &id : {a, b}) {
        for (const QPushButton *button : window.card(id)->buttons())
            expected << button->objectName();
    }
    QTRY_VERIFY(window.card(a)->buttons().first()->isVisible());
    const QStringList barChain = tabChain();
    QVERIFY2(barChain == expected, qPrintable(barChain.join(QLatin1Char(' ')) + QStringLiteral(" != ") + expected.join(QLatin1Char(' '))));

    // Space makes the waiting order; Tab reaches its card's new buttons.
    QVERIFY(tabTo(window.card(a)->buttons().first()->objectName()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QTRY_COMPARE(window.model().making().size(), 2);

    // Cancel asks first, with the keyboard on the safe answer; Escape says no.
    window.findChild<QPushButton *>(QStringLiteral("page:Orders"))->setFocus();
    QTRY_VERIFY(window.card(a));
    bool reached = false;
    for (int i = 0; i < 40 && !reached; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        reached = QApplication::focusWidget()->objectName() == QLatin1String("cancel") &&
                  window.card(a)->isAncestorOf(QApplication::focusWidget());
    }
    QVERIFY(reached);
    QWidget *cancelButton = QApplication::focusWidget();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QTRY_VERIFY(window.confirmButton()->isVisible());
    QCOMPARE(focusName(), QStringLiteral("confirmNo"));
    // Nothing behind the question is reached, either way round.
    QCOMPARE(tabChain(), (QStringList{QStringLiteral("confirmNo"), QStringLiteral("confirmYes")}));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
    QCOMPARE(focusName(), QStringLiteral("confirmYes"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ShiftModifier);
    QCOMPARE(focusName(), QStringLiteral("confirmNo"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTRY_VERIFY(!window.confirmButton()->isVisible());
    QCOMPARE(window.model().making().size(), 2);
    // The keyboard is back where it was when the question came.
    QCOMPARE(QApplication::focusWidget(), cancelButton);
    // Closing the shop asks too, with the same trap, and gives the focus back to the switch.
    window.shopButton()->setFocus();
    QTest::keyClick(window.shopButton(), Qt::Key_Space);
    QTRY_VERIFY(window.confirmButton()->isVisible());
    QCOMPARE(tabChain(), (QStringList{QStringLiteral("confirmNo"), QStringLiteral("confirmYes")}));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTRY_VERIFY(!window.confirmButton()->isVisible());
    QCOMPARE(QApplication::focusWidget(), window.shopButton());
    // And the bump bar's digits and Enter still move the selected order on.
    QTest::keyClick(&window, Qt::Key_1);
    QTest::keyClick(&window, Qt::Key_Return);
    QTRY_COMPARE(window.model().ready().size(), 1);
}

QTEST_MAIN(TestKeyboardReach)
#include "tst_keyboardreach.moc"

// What a screen reader finds on each screen: every control has a name and a role, and
// the TV's painted board and code read out as text. Real server, real widgets, offscreen.
#include "baristawindow.h"
#include "boardmodel.h"
#include "devicesetup.h"
#include "displaywindow.h"
#include "kioskwindow.h"
#include "language.h"
#include "ordercard.h"
#include "refusedscreen.h"
#include "setupdialog.h"
#include "testshop.h"
#include "theme.h"

#include <QAccessible>
#include <QJsonArray>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QToolButton>

using namespace presso;
using namespace presso::test;

namespace {
bool interactive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::PageTab:
    case QAccessible::Link:
        return true;
    default:
        return false;
    }
}

// Walks the visible accessibility tree; each unnamed control, or one without a role.
void walk(QAccessibleInterface *iface, const QString &path, QStringList &unnamed, QStringList &texts)
{
    if (!iface || !iface->isValid() || iface->state().invisible)
        return;
    const QString name = iface->text(QAccessible::Name);
    texts << name << iface->text(QAccessible::Value) << iface->text(QAccessible::Description);
    const QString here = path + QLatin1Char('/') + (iface->object() ? QString::fromLatin1(iface->object()->metaObject()->className())
                                                                     : QStringLiteral("item"));
    if (iface->role() == QAccessible::NoRole)
        unnamed << here + QStringLiteral(" has no role");
    if (interactive(iface->role()) && name.trimmed().isEmpty()) {
        const QString objectName = iface->object() ? iface->object()->objectName() : QString();
        unnamed << here + QStringLiteral(" (%1) has no name").arg(objectName);
    }
    for (int i = 0; i < iface->childCount(); ++i)
        walk(iface->child(i), here, unnamed, texts);
}

// Fails on any unnamed control on the screen; returns every text a reader finds there.
QStringList readScreen(QWidget &window, const QString &screen)
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QStringList unnamed, texts;
    walk(QAccessible::queryAccessibleInterface(&window), screen, unnamed, texts);
    [&] { QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n')))); }();
    return texts;
}

QString placeOrder(TestShop &shop, const QString &name, const QString &drink)
{
    return shop.placeOrder(*shop.kiosk, nullptr, drink, {QStringLiteral("Oat")}, name).value(QStringLiteral("id")).toString();
}

bool act(TestShop &shop, const char *op, const QString &id)
{
    return shop.barista->call(QString::fromLatin1(op), {{QStringLiteral("orderId"), id}}).ok;
}

bool anyContains(const QStringList &texts, const QString &part)
{
    return std::any_of(texts.cbegin(), texts.cend(), [&](const QString &t) { return t.contains(part); });
}
} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        theme::apply(*qApp);
        language::use(QStringLiteral("en"));
    }
    void displayBoardReadsOut();
    void kioskScreens();
    void baristaScreens();
    void setupScreens();
};

void TestAccessibility::displayBoardReadsOut()
{
    TestShop shop;
    PressoClient client(shop.clientOptions(Role::Display, shop.displayToken));
    DisplayWindow window(client, false);
    window.show();
    client.start();
    QVERIFY(QTest::qWaitFor([&] { return client.isLive() && window.model().hasConfig(); }, 10'000));
    const QString ana = placeOrder(shop, QStringLiteral("Ana"), QStringLiteral("Latte"));
    const QString ben = placeOrder(shop, QStringLiteral("Ben"), QStringLiteral("Flat White"));
    QVERIFY(act(shop, "order.claim", ana) && act(shop, "order.complete", ana));
    QVERIFY(act(shop, "order.claim", ben));
    QTRY_COMPARE(window.model().ready().size(), 1);
    QTRY_COMPARE(window.model().preparing().size(), 1);

    const QStringList texts = readScreen(window, QStringLiteral("display"));
    // The code as text, and both orders with their numbers and names, in their columns.
    const QString code = shop.currentCode();
    QVERIFY2(texts.contains(code), qPrintable(texts.join(QLatin1Char('|'))));
    QVERIFY(anyContains(texts, QStringLiteral("drinks remaining")));
    const int anaNumber = window.model().ready().first().number.value();
    const int benNumber = window.model().preparing().first().number.value();
    QVERIFY2(texts.contains(QStringLiteral("%1, Ana, Latte (Oat)").arg(anaNumber)) ||
                 anyContains(texts, QStringLiteral("%1, Ana, Latte").arg(anaNumber)),
             qPrintable(texts.join(QLatin1Char('|'))));
    QVERIFY(anyContains(texts, QStringLiteral("%1, Ben, Flat White").arg(benNumber)));
    QVERIFY(anyContains(texts, QStringLiteral("Making")));

    // Which column each order is in: the list's children.
    QAccessibleInterface *board = nullptr;
    QAccessibleInterface *root = QAccessible::queryAccessibleInterface(&window);
    for (int i = 0; i < root->childCount(); ++i) {
        if (root->child(i)->text(QAccessible::Name) == QLatin1String("Order board"))
            board = root->child(i);
    }
    QVERIFY(board);
    QCOMPARE(board->childCount(), 4);
    QCOMPARE(board->child(0)->role(), QAccessible::Graphic);
    QCOMPARE(board->child(0)->text(QAccessible::Value), code);
    QAccessibleInterface *ready = board->child(2);
    QCOMPARE(ready->text(QAccessible::Name), QStringLiteral("Ready"));
    QCOMPARE(ready->childCount(), 1);
    QVERIFY(ready->child(0)->text(QAccessible::Name).startsWith(QStringLiteral("%1, Ana").arg(anaNumber)));
    QCOMPARE(ready->indexOfChild(ready->child(0)), 0);
    QCOMPARE(ready->child(0)->parent(), ready);
    QCOMPARE(board->indexOfChild(ready), 2);

    // Closed: the board says so instead.
    QVERIFY(shop.barista->call(QStringLiteral("shop.setOpen"), {{QStringLiteral("open"), false}}).ok);
    QTRY_VERIFY(!window.model().shopOpen());
    QCOMPARE(board->childCount(), 0);
    QVERIFY(board->text(QAccessible::Description).contains(QStringLiteral("not taking orders")));
}

void TestAccessibility::kioskScreens()
{
    TestShop shop;
    PressoClient client(shop.clientOptions(Role::Kiosk, shop.kiosk2Token));
    KioskWindow window(client, nullptr);
    window.resize(1280, 800);
    window.show();
    client.start();
    QVERIFY(QTest::qWaitFor([&] { return client.isLive() && !window.controller().menu().items().isEmpty(); }, 10'000));
    readScreen(window, QStringLiteral("kiosk scan"));
    window.findChild<QLineEdit *>(QStringLiteral("code"))->setText(shop.currentCode());
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("start")), Qt::LeftButton);
    QTRY_COMPARE(window.controller().stage(), KioskController::Stage::Menu);
    QTest::mouseClick(window.findChild<QToolButton *>(QStringLiteral("drink:Latte")), Qt::LeftButton);
    QTRY_VERIFY(window.findChild<QPushButton *>(QStringLiteral("option:Oat")));
    readScreen(window, QStringLiteral("kiosk menu"));
    QTest::keyClicks(window.findChild<QLineEdit *>(QStringLiteral("name")), QStringLiteral("Ana"));
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("orderNow")), Qt::LeftButton);
    QTRY_COMPARE(window.controller().stage(), KioskController::Stage::Following);
    const QStringList texts = readScreen(window, QStringLiteral("kiosk status"));
    // The follow-on-phone symbol reads as what it is for.
    QVERIFY(anyContains(texts, QStringLiteral("Follow your order on your phone")));
}

void TestAccessibility::baristaScreens()
{
    TestShop shop;
    PressoClient client(shop.clientOptions(Role::Barista, shop.baristaToken));
    BaristaWindow window(client);
    window.show();
    client.start();
    QVERIFY(QTest::qWaitFor([&] { return client.isLive(); }, 10'000));
    const QString a = placeOrder(shop, QStringLiteral("Ana"), QStringLiteral("Latte"));
    const QString b = placeOrder(shop, QStringLiteral("Ben"), QStringLiteral("Latte"));
    QVERIFY(act(shop, "order.claim", b));
    QTRY_COMPARE(window.model().making().size(), 1);
    QTRY_VERIFY(window.card(a));
    readScreen(window, QStringLiteral("barista orders"));
    QTest::mouseClick(window.card(a)->findChild<QPushButton *>(QStringLiteral("cancel")), Qt::LeftButton);
    QTRY_VERIFY(window.confirmButton()->isVisible());
    readScreen(window, QStringLiteral("barista confirm"));
    QTest::mouseClick(window.dismissButton(), Qt::LeftButton);
    window.showPage(1);
    readScreen(window, QStringLiteral("barista shop"));
    window.showPage(2);
    readScreen(window, QStringLiteral("barista today"));
}

void TestAccessibility::setupScreens()
{
    SetupDialog setup(deviceKindText(Role::Kiosk), {QUrl(QStringLiteral("ws://127.0.0.1:8770"))}, QString());
    setup.show();
    readScreen(setup, QStringLiteral("setup"));
    RefusedScreen refused(deviceKindText(Role::Display));
    refused.setReason(refusalText(Error{ErrorCode::Unauthenticated, QStringLiteral("unknown device token")}, Role::Display));
    refused.show();
    readScreen(refused, QStringLiteral("refused"));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"

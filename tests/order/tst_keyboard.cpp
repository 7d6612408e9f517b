// The kiosk's name field gets Qt Virtual Keyboard: a tap on it shows the keyboard's panel
// on a real X screen (Xvfb, 1280×800, no window manager, as on a kiosk), the page makes
// room above it so the field stays in sight, and a name typed on the panel's keys reaches
// the field. A picture of the whole screen is kept under keyboard-screens/.
#include "appshell.h"
#include "kioskwindow.h"
#include "onscreenkeyboard.h"
#include "testshop.h"
#include "theme.h"
#include "xvfb.h"

#include <QApplication>
#include <QDir>
#include <QInputMethod>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QTest>
#include <QWindow>

using namespace presso;
using namespace presso::test;

namespace {
const QSize kScreen(1280, 800);

QWindow *keyboardWindow()
{
    for (QWindow *w : QGuiApplication::allWindows()) {
        if (w->isVisible() && QByteArray(w->metaObject()->className()) == "QtVirtualKeyboard::InputView")
            return w;
    }
    return nullptr;
}

// Taps a key of the English layout, found by where it sits on the panel (row 0 to 3, and
// its centre as a share of the panel's width).
void tapKey(QWindow *panel, const QRectF &keys, int row, qreal across)
{
    const qreal rowCentre[] = {0.13, 0.375, 0.62, 0.87};
    const QPointF at(keys.left() + keys.width() * across, keys.top() + keys.height() * rowCentre[row]);
    QTest::mouseClick(panel, Qt::LeftButton, Qt::NoModifier, panel->mapFromGlobal(at.toPoint()));
}
} // namespace

class TestKeyboard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { theme::apply(*qApp); }
    void nameFieldGetsTheKeyboard();
};

void TestKeyboard::nameFieldGetsTheKeyboard()
{
    if (QGuiApplication::platformName() != QLatin1String("xcb"))
        QSKIP("Xvfb is not installed: the keyboard's panel needs a real X screen");
    TestShop shop;
    PressoClient client(shop.clientOptions(Role::Kiosk, shop.kioskToken));
    KioskWindow window(client, nullptr);
    AppShell::showWindow(window, false);
    client.start();
    QTRY_VERIFY(client.isLive() && !window.controller().menu().items().isEmpty());
    window.findChild<QLineEdit *>(QStringLiteral("code"))->setText(shop.currentCode());
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("start")), Qt::LeftButton);
    QTRY_COMPARE(window.controller().stage(), KioskController::Stage::Menu);

    auto *name = window.findChild<QLineEdit *>(QStringLiteral("name"));
    QInputMethod *input = QGuiApplication::inputMethod();
    QVERIFY(!input->isVisible());
    QTest::mouseClick(name, Qt::LeftButton); // one tap, as a customer would
    QTRY_VERIFY_WITH_TIMEOUT(input->isVisible() && keyboardWindow(), 15'000);
    const QRectF keys = input->keyboardRectangle();
    QVERIFY2(keys.height() > kScreen.height() / 4, qPrintable(QStringLiteral("panel %1×%2").arg(keys.width()).arg(keys.height())));
    QVERIFY(input->inputItemRectangle().isValid());
    // The page made room: the field and the Order button are above the keyboard, not under it.
    auto *order = window.findChild<QPushButton *>(QStringLiteral("orderNow"));
    QTRY_VERIFY2(QRect(name->mapToGlobal(QPoint(0, 0)), name->size()).bottom() < keys.top(),
                 qPrintable(QStringLiteral("name field at y %1-%2, keyboard from y %3, window %4 high")
                                .arg(name->mapToGlobal(QPoint(0, 0)).y()).arg(name->mapToGlobal(QPoint(0, name->height())).y())
                                .arg(keys.top()).arg(window.height())));
    QVERIFY(QRect(order->mapToGlobal(QPoint(0, 0)), order->size()).bottom() < keys.top());

    // "Ana" on the panel: the first letter comes capitalised.
    QWindow *panel = keyboardWindow();
    tapKey(panel, keys, 1, 0.10); // A
    tapKey(panel, keys, 2, 0.70); // N
    tapKey(panel, keys, 1, 0.10); // A
    QTRY_COMPARE(name->text(), QStringLiteral("Ana"));
    QTRY_COMPARE(window.controller().name(), QStringLiteral("Ana"));

    const QString dir = QCoreApplication::applicationDirPath() + QStringLiteral("/keyboard-screens");
    QDir().mkpath(dir);
    QVERIFY(window.screen()->grabWindow(0).save(dir + QStringLiteral("/kiosk-name-with-keyboard.png")));
    // Put the keyboard away before the window goes: it follows the focus to the end.
    input->hide();
    name->clearFocus();
    QTRY_VERIFY(!input->isVisible());
}

int main(int argc, char **argv)
{
    useOnScreenKeyboard();
    TestKeyboard test;
    return runOnScreen(test, argc, argv, kScreen);
}

#include "tst_keyboard.moc"

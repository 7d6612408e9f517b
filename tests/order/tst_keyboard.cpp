// Qt Virtual Keyboard on a real X screen (Xvfb, 1280×800, no window manager, as on a
// kiosk). The kiosk's name field: a tap shows the keyboard's panel, the page makes room
// above it so the field stays in sight, and a name typed on the panel's keys reaches the
// field. The kiosk's setup screen: it fills the screen with its camera beside the fields,
// each field brings the panel up with the field and Connect above it, and a code typed on
// the panel's digits pairs the kiosk. Pictures of the whole screen are kept under
// keyboard-screens/.
#include "appshell.h"
#include "framesource.h"
#include "kioskwindow.h"
#include "onscreenkeyboard.h"
#include "pairingscanview.h"
#include "setupdialog.h"
#include "testshop.h"
#include "theme.h"
#include "widgetfind.h"
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
    // The finger lands where it taps: the panel reads a press that comes from elsewhere
    // as a slide onto the key.
    QTest::mouseMove(panel, panel->mapFromGlobal(at.toPoint()));
    QTest::mouseClick(panel, Qt::LeftButton, Qt::NoModifier, panel->mapFromGlobal(at.toPoint()));
}

// Taps a digit on the panel's number pad (the layout for a digits-only field): 7 8 9,
// 4 5 6, 1 2 3 and 0 under the 2, in three columns in the middle of the panel.
void tapDigit(QWindow *panel, const QRectF &keys, int digit)
{
    const qreal column[] = {0.384, 0.462, 0.538};
    if (digit == 0)
        tapKey(panel, keys, 3, column[1]);
    else
        tapKey(panel, keys, 2 - (digit - 1) / 3, column[(digit - 1) % 3]);
}

void saveScreen(QWidget &w, const QString &name)
{
    const QString dir = QCoreApplication::applicationDirPath() + QStringLiteral("/keyboard-screens");
    QDir().mkpath(dir);
    QVERIFY(w.screen()->grabWindow(0).save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
}

QRect onScreen(const QWidget *w)
{
    return QRect(w->mapToGlobal(QPoint(0, 0)), w->size());
}

} // namespace

class TestKeyboard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { theme::apply(*qApp); }
    void nameFieldGetsTheKeyboard();
    void setupScreenGetsTheKeyboard();
};

void TestKeyboard::nameFieldGetsTheKeyboard()
{
    QVERIFY2(QGuiApplication::platformName() == QLatin1String("xcb"), "Xvfb is not installed: the keyboard's panel needs a real X screen");
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

    saveScreen(window, QStringLiteral("kiosk-name-with-keyboard"));
    // Put the keyboard away before the window goes: it follows the focus to the end.
    input->hide();
    name->clearFocus();
    QTRY_VERIFY(!input->isVisible());
}

void TestKeyboard::setupScreenGetsTheKeyboard()
{
    QVERIFY2(QGuiApplication::platformName() == QLatin1String("xcb"), "Xvfb is not installed: the keyboard's panel needs a real X screen");
    TestShop shop;
    const QJsonObject pairing = shop.admin->call(QStringLiteral("device.pair"), {{QStringLiteral("role"), QStringLiteral("kiosk")},
                                                                                 {QStringLiteral("name"), QStringLiteral("Kiosk 2")}})
                                    .result.value(QStringLiteral("pairing")).toObject();
    const QString code = pairing.value(QStringLiteral("code")).toString();
    QCOMPARE(code.size(), 6);

    // As a new kiosk starts: full screen, its camera beside the fields (seeing no code yet).
    QImage nothing(640, 480, QImage::Format_RGB32);
    nothing.fill(QColor(60, 50, 45));
    ImageSequenceFrameSource camera({nothing}, 50);
    SetupDialog setup(QStringLiteral("kiosk"), {QUrl(QStringLiteral("ws://127.0.0.1:8770"))}, QString());
    setup.addScanner(new PairingScanView(&camera));
    AppShell::showWindow(setup, false);
    setup.open();
    QVERIFY(QTest::qWaitForWindowExposed(&setup));
    const QRect screen = setup.screen()->geometry();
    auto *server = childNamed<QLineEdit>(setup, QStringLiteral("Server address"));
    auto *codeField = childNamed<QLineEdit>(setup, QStringLiteral("Pairing code"));
    auto *connectButton = buttonSaying<QPushButton>(setup, QStringLiteral("Connect"));
    QVERIFY(server && codeField && connectButton);
    QTRY_VERIFY(screen.contains(onScreen(connectButton)));
    saveScreen(setup, QStringLiteral("setup-kiosk"));

    // Each field brings the panel up at one tap, with the field and Connect above it.
    QInputMethod *input = QGuiApplication::inputMethod();
    for (QLineEdit *field : {server, codeField}) {
        QTest::mouseClick(field, Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(input->isVisible() && keyboardWindow(), qPrintable(field->accessibleName()), 15'000);
        const QRectF keys = input->keyboardRectangle();
        QTRY_VERIFY2(onScreen(field).bottom() < keys.top() && onScreen(connectButton).bottom() < keys.top(),
                     qPrintable(QStringLiteral("%1 at y %2, Connect to y %3, keyboard from y %4")
                                    .arg(field->accessibleName()).arg(onScreen(field).y())
                                    .arg(onScreen(connectButton).bottom()).arg(keys.top())));
    }
    saveScreen(setup, QStringLiteral("setup-kiosk-code-with-keyboard"));

    // The server's address, then the code on the panel's digits, and Connect.
    server->setText(shop.server.url().toString());
    QWindow *panel = keyboardWindow();
    const QRectF keys = input->keyboardRectangle();
    for (qsizetype i = 0; i < code.size(); ++i) {
        tapDigit(panel, keys, code[i].digitValue());
        QTRY_COMPARE(codeField->text(), code.left(i + 1));
    }
    input->hide();
    QTRY_VERIFY(!input->isVisible());
    QTest::mouseClick(connectButton, Qt::LeftButton);
    QCOMPARE(setup.result(), int(QDialog::Accepted));
    QCOMPARE(setup.code(), code);
    QCOMPARE(setup.servers(), QList<QUrl>{shop.server.url()});
}

int main(int argc, char **argv)
{
    useOnScreenKeyboard();
    TestKeyboard test;
    return runOnScreen(test, argc, argv, kScreen);
}

#include "tst_keyboard.moc"

// Each app, shown full screen by AppShell on a 1280×800 screen, takes exactly that screen
// and lays itself out inside it: nothing wider or taller than the screen, nothing cut off.
// The screen is a real X server (Xvfb) with no window manager, as on a kiosk or a TV, where
// a wish for full screen is granted by nobody; without Xvfb, the offscreen platform's.
#include "appshell.h"
#include "baristawindow.h"
#include "displaywindow.h"
#include "kioskwindow.h"
#include "testshop.h"
#include "theme.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLayout>
#include <QProcess>
#include <QScreen>
#include <QTemporaryDir>
#include <QTest>

using namespace presso;
using namespace presso::test;

namespace {
const QSize kScreen(1280, 800);

// What scrolls may be taller than the screen: it is meant to be.
bool scrolls(const QWidget *w, const QWidget *window)
{
    for (const QWidget *p = w->parentWidget(); p && p != window; p = p->parentWidget()) {
        if (p->inherits("QAbstractScrollArea"))
            return true;
    }
    return false;
}

// Shows the window as the app would and checks that it and every visible child fit.
void fillsTheScreen(QWidget &window, PressoClient &client, const QString &name)
{
    AppShell::showWindow(window, false);
    client.start();
    QVERIFY(QTest::qWaitFor([&] { return client.isLive(); }, 10'000));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCOMPARE(window.screen()->size(), kScreen);
    QCOMPARE(window.geometry(), QRect(QPoint(0, 0), kScreen));
    QVERIFY2(window.minimumSizeHint().width() <= kScreen.width() && window.minimumSizeHint().height() <= kScreen.height(),
             qPrintable(QStringLiteral("%1 needs at least %2×%3").arg(name).arg(window.minimumSizeHint().width())
                            .arg(window.minimumSizeHint().height())));
    for (QWidget *child : window.findChildren<QWidget *>()) {
        if (!child->isVisibleTo(&window) || child->isWindow() || scrolls(child, &window))
            continue;
        const QRect r(child->mapTo(&window, QPoint(0, 0)), child->size());
        QVERIFY2(window.rect().contains(r),
                 qPrintable(QStringLiteral("%1: %2 at %3,%4 %5×%6 leaves the screen").arg(name, child->metaObject()->className())
                                .arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height())));
    }
    const QString dir = QCoreApplication::applicationDirPath() + QStringLiteral("/screenfit-screens");
    QDir().mkpath(dir);
    QVERIFY(window.grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
}
} // namespace

class TestScreenFit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { theme::apply(*qApp); }
    void display()
    {
        TestShop shop;
        PressoClient client(shop.clientOptions(Role::Display, shop.displayToken));
        DisplayWindow window(client, false); // made at 1920×1080, as the TV app is
        fillsTheScreen(window, client, QStringLiteral("display"));
    }
    void kiosk()
    {
        TestShop shop;
        PressoClient client(shop.clientOptions(Role::Kiosk, shop.kioskToken));
        KioskWindow window(client, nullptr);
        fillsTheScreen(window, client, QStringLiteral("kiosk"));
    }
    void barista()
    {
        TestShop shop;
        PressoClient client(shop.clientOptions(Role::Barista, shop.baristaToken));
        BaristaWindow window(client);
        fillsTheScreen(window, client, QStringLiteral("barista"));
    }
};

// An X server of 1280×800 with no window manager; false when there is no Xvfb here.
bool startXvfb(QProcess &xvfb)
{
    // -displayfd: Xvfb picks a free display and writes its number once it accepts clients.
    xvfb.start(QStringLiteral("Xvfb"), {QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-screen"),
                                        QStringLiteral("0"), QStringLiteral("%1x%2x24").arg(kScreen.width()).arg(kScreen.height()),
                                        QStringLiteral("-nolisten"), QStringLiteral("tcp")});
    if (!xvfb.waitForStarted(5'000))
        return false;
    QByteArray number;
    while (!number.contains('\n') && xvfb.waitForReadyRead(10'000))
        number += xvfb.readAllStandardOutput();
    if (!number.contains('\n'))
        return false;
    qputenv("DISPLAY", ":" + number.trimmed());
    qputenv("QT_QPA_PLATFORM", "xcb");
    return true;
}

int main(int argc, char **argv)
{
    QProcess xvfb;
    if (startXvfb(xvfb)) {
        QApplication app(argc, argv);
        TestScreenFit test;
        const int failed = QTest::qExec(&test, argc, argv);
        xvfb.terminate();
        xvfb.waitForFinished(5'000);
        return failed;
    }
    // The offscreen platform takes its screens from a file: one of 1280×800, before the app.
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("screens.json"));
    QFile f(config);
    if (!f.open(QIODevice::WriteOnly)
        || f.write(QStringLiteral(R"({"screens": [{"name": "tv", "x": 0, "y": 0, "width": %1, "height": %2,)"
                                  R"( "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})")
                       .arg(kScreen.width()).arg(kScreen.height()).toUtf8()) <= 0)
        return 1;
    f.close();
    qputenv("QT_QPA_PLATFORM", ("offscreen:configfile=" + config).toLocal8Bit());
    QApplication app(argc, argv);
    TestScreenFit test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_screenfit.moc"

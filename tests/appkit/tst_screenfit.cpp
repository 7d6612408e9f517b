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
#include "xvfb.h"

#include <QDir>
#include <QLayout>
#include <QScreen>
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

int main(int argc, char **argv)
{
    TestScreenFit test;
    return runOnScreen(test, argc, argv, kScreen);
}

#include "tst_screenfit.moc"

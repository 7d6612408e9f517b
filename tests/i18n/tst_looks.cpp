// The large-text (1.25×, 1.5×) and high-contrast looks: every word colour on its
// background meets WCAG 2.1 AA in each, and every screen of every app, shown in each,
// has nothing cut off; a picture of each under build/tests/i18n/screens/look-<name>/.
#include "language.h"
#include "screencheck.h"
#include "screentour.h"
#include "theme.h"

#include <QTest>
#include <cmath>

using namespace presso;
using namespace presso::test;

namespace {
// WCAG 2.1's relative luminance and contrast ratio.
double luminance(const QColor &c)
{
    auto channel = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}
} // namespace

class TestLooks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { language::use(QStringLiteral("en")); }
    void init()
    {
        QFETCH(double, scale);
        QFETCH(bool, highContrast);
        theme::setLook({scale, highContrast});
        theme::apply(*qApp);
    }
    void cleanup()
    {
        theme::setLook({});
        theme::apply(*qApp);
    }

    void contrastMeetsWcagAA_data() { looks(); }
    void contrastMeetsWcagAA();
    void display_data() { looks(); }
    void display() { tourDisplay(checker()); }
    void kiosk_data() { looks(); }
    void kiosk() { tourKiosk(checker()); }
    void barista_data() { looks(); }
    void barista() { tourBarista(checker()); }
    void setupAndRefused_data() { looks(); }
    void setupAndRefused() { tourSetup(checker()); }

private:
    static void looks()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<double>("scale");
        QTest::addColumn<bool>("highContrast");
        QTest::newRow("default") << QStringLiteral("look-default") << 1.0 << false;
        QTest::newRow("text 1.25") << QStringLiteral("look-text-1.25") << 1.25 << false;
        QTest::newRow("text 1.5") << QStringLiteral("look-text-1.5") << 1.5 << false;
        QTest::newRow("high contrast") << QStringLiteral("look-high-contrast") << 1.0 << true;
        QTest::newRow("high contrast, text 1.5") << QStringLiteral("look-high-contrast-text-1.5") << 1.5 << true;
    }
    static LookAt checker()
    {
        return [](QWidget &window, const QString &screen, const QStringList &) {
            QFETCH(QString, name);
            QVERIFY(saveScreen(window, name, screen));
            const QStringList cut = cutOff(window);
            QVERIFY2(cut.isEmpty(), qPrintable(screen + QStringLiteral(": cut off: ") + cut.join(QStringLiteral("; "))));
        };
    }
};

void TestLooks::contrastMeetsWcagAA()
{
    QFETCH(bool, highContrast);
    const QList<theme::TextPair> pairs = theme::textPairs();
    QVERIFY(pairs.size() >= 10);
    for (const theme::TextPair &pair : pairs) {
        // AA: 4.5:1 for body text, 3:1 for large text; the high-contrast look aims at AAA (7:1).
        const double needed = highContrast ? 7.0 : pair.large ? 3.0 : 4.5;
        const double ratio = contrast(pair.text, pair.background);
        QVERIFY2(ratio >= needed, qPrintable(QStringLiteral("%1: %2 on %3 is %4:1, needs %5:1")
                                                 .arg(pair.where, pair.text.name(), pair.background.name())
                                                 .arg(ratio, 0, 'f', 2).arg(needed)));
    }
}

QTEST_MAIN(TestLooks)
#include "tst_looks.moc"

// Every screen of every app in each shipped language and in the pseudo-locale (accented,
// 40 % longer): nothing cut off, nothing left in English, a picture of each under
// build/tests/i18n/screens/<language>/. Real server, real widgets, offscreen.
#include "language.h"
#include "screencheck.h"
#include "screentour.h"
#include "theme.h"

#include <QLocale>
#include <QTest>

using namespace presso;
using namespace presso::test;

class TestLanguages : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { theme::apply(*qApp); }
    void init()
    {
        QFETCH(QString, language);
        QVERIFY(language::use(language));
    }
    void cleanupTestCase() { language::use(QStringLiteral("en")); }

    void languagesAreShippedAndUsed_data() { languages(); }
    void languagesAreShippedAndUsed();
    void display_data() { languages(); }
    void display() { tourDisplay(checker()); }
    void kiosk_data() { languages(); }
    void kiosk() { tourKiosk(checker()); }
    void barista_data() { languages(); }
    void barista() { tourBarista(checker()); }
    void setupAndRefused_data() { languages(); }
    void setupAndRefused() { tourSetup(checker()); }

private:
    static void languages()
    {
        QTest::addColumn<QString>("language");
        for (const QString &code : language::shipped())
            QTest::newRow(qPrintable(code)) << code;
        QTest::newRow(language::kPseudo) << QString::fromLatin1(language::kPseudo);
    }
    // Each screen is saved, and checked for words cut off and, in the pseudo-locale,
    // for words that never went through a translation.
    static LookAt checker()
    {
        return [](QWidget &window, const QString &name, const QStringList &data) {
            QFETCH(QString, language);
            QVERIFY(saveScreen(window, language, name));
            const QStringList cut = cutOff(window);
            QVERIFY2(cut.isEmpty(), qPrintable(name + QStringLiteral(": cut off: ") + cut.join(QStringLiteral("; "))));
            if (language == QLatin1String(language::kPseudo)) {
                const QStringList english = untranslated(window, data);
                QVERIFY2(english.isEmpty(),
                         qPrintable(name + QStringLiteral(": not translated: ") + english.join(QStringLiteral("; "))));
            }
        };
    }
};

void TestLanguages::languagesAreShippedAndUsed()
{
    QFETCH(QString, language);
    QCOMPARE(language::current(), language);
    const QString ready = QCoreApplication::translate("presso::BoardView", "Ready");
    const QString drinks = QCoreApplication::translate("presso::BoardView", "%Ln drink(s) remaining", nullptr, 1234);
    if (language == QLatin1String("en")) {
        QCOMPARE(ready, QStringLiteral("Ready"));
        QCOMPARE(drinks, QStringLiteral("1,234 drinks remaining"));
        QCOMPARE(QCoreApplication::translate("presso::BoardView", "%Ln drink(s) remaining", nullptr, 1),
                 QStringLiteral("1 drink remaining"));
    } else if (language == QLatin1String("de")) {
        QCOMPARE(ready, QStringLiteral("Fertig"));
        QCOMPARE(drinks, QStringLiteral("Noch 1.234 Getränke")); // numbers by locale
    } else if (language == QLatin1String("es")) {
        QCOMPARE(ready, QStringLiteral("Listo"));
    } else if (language == QLatin1String("pt_BR")) {
        QCOMPARE(ready, QStringLiteral("Pronto"));
        QCOMPARE(QLocale().toString(1234.5, 'f', 1), QStringLiteral("1.234,5"));
    } else {
        QVERIFY2(ready.contains(QLatin1Char('~')), qPrintable(ready));
    }
    // A variant of a shipped language falls back to it; an unknown one is refused.
    QVERIFY(language::isAvailable(QStringLiteral("de_AT")));
    QVERIFY(!language::isAvailable(QStringLiteral("xx")));
}

QTEST_MAIN(TestLanguages)
#include "tst_languages.moc"

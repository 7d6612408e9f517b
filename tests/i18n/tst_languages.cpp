// Every screen of every app in each shipped language and in the pseudo-locale (accented,
// 40 % longer): nothing cut off, nothing left in English, a picture of each under
// build/tests/i18n/screens/<language>/. Real server, real widgets, offscreen.
#include "boardmodel.h"
#include "calloutspeaker.h"
#include "displaywindow.h"
#include "language.h"
#include "languagecycle.h"
#include "screencheck.h"
#include "screentour.h"
#include "testshop.h"
#include "theme.h"

#include <QAccessible>
#include <QLocale>
#include <QTest>

using namespace presso;
using namespace presso::test;

class TestLanguages : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { theme::apply(*qApp); }
    void cleanup() { language::use(QStringLiteral("en")); }

    void languagesAreShippedAndUsed_data() { languages(); }
    void languagesAreShippedAndUsed();
    void display_data() { languages(); }
    void display() { QVERIFY(useRowLanguage()); tourDisplay(checker()); }
    void kiosk_data() { languages(); }
    void kiosk() { QVERIFY(useRowLanguage()); tourKiosk(checker()); }
    void barista_data() { languages(); }
    void barista() { QVERIFY(useRowLanguage()); tourBarista(checker()); }
    void setupAndRefused_data() { languages(); }
    void setupAndRefused() { QVERIFY(useRowLanguage()); tourSetup(checker()); }
    void displayAlternatesTwoLanguages();
    void calloutsSpeakALanguageWithAVoice();

private:
    static bool useRowLanguage()
    {
        QFETCH(QString, language);
        return language::use(language);
    }
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
    QVERIFY(useRowLanguage());
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

// --language de,en on the TV: German first, then English, then German again; the board's
// words (read through its accessibility interface) and the banner follow.
void TestLanguages::displayAlternatesTwoLanguages()
{
    QVERIFY(language::use(QStringLiteral("de")));
    TestShop shop;
    PressoClient client(shop.clientOptions(Role::Display, shop.displayToken));
    DisplayWindow window(client, false);
    window.alternate({QStringLiteral("de"), QStringLiteral("en")});
    window.show();
    client.start();
    QVERIFY(QTest::qWaitFor([&] { return client.isLive() && window.model().hasConfig(); }, 10'000));
    QAccessibleInterface *board = nullptr;
    QAccessibleInterface *root = QAccessible::queryAccessibleInterface(&window);
    for (int i = 0; i < root->childCount(); ++i) {
        if (root->child(i)->role() == QAccessible::Pane)
            board = root->child(i);
    }
    QVERIFY(board);
    QCOMPARE(board->child(1)->text(QAccessible::Name), QStringLiteral("In Zubereitung"));
    QVERIFY(saveScreen(window, QStringLiteral("de+en"), QStringLiteral("display-1-de")));
    window.languageCycle()->next();
    QCOMPARE(language::current(), QStringLiteral("en"));
    QCOMPARE(board->child(1)->text(QAccessible::Name), QStringLiteral("Preparing"));
    QVERIFY(saveScreen(window, QStringLiteral("de+en"), QStringLiteral("display-2-en")));
    window.languageCycle()->next();
    QCOMPARE(language::current(), QStringLiteral("de"));
    QCOMPARE(board->text(QAccessible::Name), QStringLiteral("Bestellanzeige"));
}

// The call-out in the screen's language with a voice for it; in English, with an English
// voice, where the engine has none (flite, the engine presso's tests run, speaks English).
void TestLanguages::calloutsSpeakALanguageWithAVoice()
{
    const QList<QLocale> voices{QLocale(QStringLiteral("en_US")), QLocale(QStringLiteral("en_GB")),
                                QLocale(QStringLiteral("de_DE"))};
    QCOMPARE(CalloutSpeaker::voiceFor(voices, QLocale(QStringLiteral("de_AT"))), QLocale(QStringLiteral("de_DE")));
    QCOMPARE(CalloutSpeaker::voiceFor(voices, QLocale(QStringLiteral("en_GB"))), QLocale(QStringLiteral("en_GB")));
    QVERIFY(!CalloutSpeaker::voiceFor(voices, QLocale(QStringLiteral("es_ES"))));

    QVERIFY(language::use(QStringLiteral("de")));
    Order order;
    order.number = 7;
    order.customerName = QStringLiteral("Ana");
    order.drink = QStringLiteral("Latte");
    QCOMPARE(BoardModel::calloutText(order), QStringLiteral("Bestellung 7, Ana, dein latte ist fertig"));
    QCOMPARE(BoardModel::calloutText(order, true), QStringLiteral("Order 7, Ana, your latte is ready"));
}

QTEST_MAIN(TestLanguages)
#include "tst_languages.moc"

// Every screen of every app in each shipped language and in the pseudo-locale (accented,
// 40 % longer): nothing cut off, nothing left in English, a picture of each under
// build/tests/i18n/screens/<language>/. Real server, real widgets, offscreen.
#include "appoptions.h"
#include "baristawindow.h"
#include "boardmodel.h"
#include "calloutspeaker.h"
#include "displaywindow.h"
#include "kioskwindow.h"
#include "language.h"
#include "languagecycle.h"
#include "ordercard.h"
#include "screencheck.h"
#include "screentour.h"
#include "shoplanguages.h"
#include "testshop.h"
#include "theme.h"

#include <QAccessible>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
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
    void displayFollowsTheShopsLanguages();
    void drinksInTheScreensLanguage();
    void calloutsSpeakALanguageWithAVoice();

private:
    // The board's accessible interface: a pane under the window.
    static QAccessibleInterface *boardOf(QWidget &window)
    {
        QAccessibleInterface *root = QAccessible::queryAccessibleInterface(&window);
        for (int i = 0; i < root->childCount(); ++i) {
            if (root->child(i)->role() == QAccessible::Pane)
                return root->child(i);
        }
        return nullptr;
    }
    // Every name the accessibility tree under iface says, depth first.
    static QStringList spoken(QAccessibleInterface *iface)
    {
        QStringList names{iface->text(QAccessible::Name)};
        for (int i = 0; i < iface->childCount(); ++i)
            names << spoken(iface->child(i));
        return names;
    }
    static QStringList labelsOf(const QWidget &widget)
    {
        QStringList texts;
        for (const QLabel *label : widget.findChildren<QLabel *>())
            texts << label->text();
        return texts;
    }
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
    QAccessibleInterface *board = boardOf(window);
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

// The shop's `languages` setting, set by the admin on a real server: a display with no
// language of its own speaks the first and alternates two, remembers them for its next
// start, and goes back to the system's when the shop has none. A device's own wins.
void TestLanguages::displayFollowsTheShopsLanguages()
{
    const QString app = QStringLiteral("presso-test-shoplanguages");
    QSettings(QString::fromLatin1(AppOptions::kOrganization), app).clear();
    TestShop shop;
    PressoClient client(shop.clientOptions(Role::Display, shop.displayToken));
    DisplayWindow window(client, false);
    ShopLanguages follower(client, app, {});
    ShopLanguages ownLanguage(client, app + QStringLiteral("-own"), {QStringLiteral("es")});
    connect(&follower, &ShopLanguages::changed, &window, &DisplayWindow::alternate);
    QSignalSpy changed(&follower, &ShopLanguages::changed);
    window.show();
    client.start();
    QVERIFY(QTest::qWaitFor([&] { return client.isLive() && window.model().hasConfig(); }, 10'000));
    QVERIFY(follower.followsShop());
    QCOMPARE(follower.languages(), QStringList());
    QCOMPARE(language::current(), QStringLiteral("en"));

    const Response set = shop.admin->call(QStringLiteral("settings.set"),
                                          {{QStringLiteral("languages"), QJsonArray{"de", "en"}}});
    QVERIFY2(set.ok, qPrintable(set.error.message));
    QTRY_COMPARE(changed.size(), 1); // it may come while the admin waits for its answer
    QCOMPARE(changed.last().at(0).toStringList(), (QStringList{"de", "en"}));
    QCOMPARE(language::current(), QStringLiteral("de"));
    QAccessibleInterface *board = boardOf(window);
    QVERIFY(board);
    QCOMPARE(board->child(1)->text(QAccessible::Name), QStringLiteral("In Zubereitung"));
    QVERIFY(saveScreen(window, QStringLiteral("shop-de+en"), QStringLiteral("display-1-de")));
    QVERIFY(window.languageCycle());
    window.languageCycle()->next();
    QCOMPARE(board->child(1)->text(QAccessible::Name), QStringLiteral("Preparing"));
    QCOMPARE(ShopLanguages::remembered(app), (QStringList{"de", "en"}));
    // The device's own --language is never overruled.
    QVERIFY(!ownLanguage.followsShop());
    QCOMPARE(ownLanguage.languages(), QStringList{QStringLiteral("es")});
    QCOMPARE(ShopLanguages::remembered(app + QStringLiteral("-own")), QStringList());

    // Only shipped languages, each once: refused in plain words, nothing changes.
    const Response bad = shop.admin->call(QStringLiteral("settings.set"),
                                          {{QStringLiteral("languages"), QJsonArray{"de", "fr"}}});
    QCOMPARE(bad.error.code, ErrorCode::BadRequest);
    QCOMPARE(bad.error.message, QStringLiteral("args.languages[1]: \"fr\" is not a language presso ships (en, de, es, pt_BR)"));
    QVERIFY(barrier(client));
    QCOMPARE(changed.size(), 1);

    QVERIFY(shop.admin->call(QStringLiteral("settings.set"), {{QStringLiteral("languages"), QJsonArray{}}}).ok);
    QTRY_COMPARE(changed.size(), 2);
    QCOMPARE(language::current(), language::systemDefault());
    QCOMPARE(ShopLanguages::remembered(app), QStringList());
}

// A German screen shows the menu's German words for drinks and options (default-menu.json's
// "words") on the kiosk's status page, the barista's cards and the TV's board, read as
// its accessible text; the orders keep the menu's own words.
void TestLanguages::drinksInTheScreensLanguage()
{
    QVERIFY(language::use(QStringLiteral("de")));
    TestShop shop;
    PressoClient displayClient(shop.clientOptions(Role::Display, shop.displayToken));
    PressoClient baristaClient(shop.clientOptions(Role::Barista, shop.baristaToken));
    PressoClient kioskClient(shop.clientOptions(Role::Kiosk, shop.kiosk2Token));
    DisplayWindow display(displayClient, false);
    BaristaWindow barista(baristaClient);
    KioskWindow kiosk(kioskClient, nullptr);
    display.resize(1920, 1080);
    barista.resize(1280, 800);
    kiosk.resize(1280, 800);
    for (QWidget *w : {static_cast<QWidget *>(&display), static_cast<QWidget *>(&barista), static_cast<QWidget *>(&kiosk)})
        w->show();
    for (PressoClient *c : {&displayClient, &baristaClient, &kioskClient})
        c->start();
    QVERIFY(QTest::qWaitFor([&] {
        return displayClient.isLive() && baristaClient.isLive() && !kiosk.controller().menu().items().isEmpty();
    }, 10'000));

    kiosk.findChild<QLineEdit *>(QStringLiteral("code"))->setText(shop.currentCode());
    QTest::mouseClick(kiosk.findChild<QPushButton *>(QStringLiteral("start")), Qt::LeftButton);
    QTRY_COMPARE(kiosk.controller().stage(), KioskController::Stage::Menu);
    QTest::mouseClick(kiosk.findChild<QWidget *>(QStringLiteral("drink:Double Espresso")), Qt::LeftButton);
    QTest::keyClicks(kiosk.findChild<QLineEdit *>(QStringLiteral("name")), QStringLiteral("Ana"));
    QTest::mouseClick(kiosk.findChild<QPushButton *>(QStringLiteral("orderNow")), Qt::LeftButton);
    QTRY_COMPARE(kiosk.controller().stage(), KioskController::Stage::Following);
    const QString espresso = kiosk.controller().order()->id.value;
    QCOMPARE(kiosk.controller().order()->drink, QStringLiteral("Double Espresso"));
    const QString latte = shop.placeOrder(*shop.kiosk).value(QStringLiteral("id")).toString();

    QTRY_VERIFY(labelsOf(kiosk).join(QLatin1Char('\n')).contains(QStringLiteral("Doppelter Espresso für Ana")));
    QVERIFY(saveScreen(kiosk, QStringLiteral("de"), QStringLiteral("drinks-kiosk-queued")));
    QTRY_VERIFY(barista.card(espresso) && barista.card(latte));
    QTRY_VERIFY(barista.card(latte)->buttons().first()->isVisible());
    QVERIFY(labelsOf(*barista.card(espresso)).contains(QStringLiteral("Doppelter Espresso")));
    QVERIFY(labelsOf(*barista.card(latte)).contains(QStringLiteral("Latte · Hafermilch")));
    QVERIFY(saveScreen(barista, QStringLiteral("de"), QStringLiteral("drinks-barista")));
    QTRY_COMPARE(display.model().preparing().size(), 2);
    const QString board = spoken(boardOf(display)).join(QLatin1Char('\n'));
    QVERIFY2(board.contains(QStringLiteral("Doppelter Espresso")) && board.contains(QStringLiteral("Latte · Hafermilch")),
             qPrintable(board));
    QVERIFY(saveScreen(display, QStringLiteral("de"), QStringLiteral("drinks-display")));
    const QStringList cut = cutOff(display) + cutOff(barista) + cutOff(kiosk);
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QStringLiteral("; "))));
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
    order.drink = QStringLiteral("Coffee of the day");
    // The drink as the menu says it in German, a noun with its capital; in English, lowercased.
    QCOMPARE(BoardModel::calloutText(order, QStringLiteral("Kaffee des Tages")),
             QStringLiteral("Bestellung 7, Ana, dein Kaffee des Tages ist fertig"));
    QCOMPARE(BoardModel::calloutText(order, order.drink, true), QStringLiteral("Order 7, Ana, your coffee of the day is ready"));
}

QTEST_MAIN(TestLanguages)
#include "tst_languages.moc"

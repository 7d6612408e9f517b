// Menu: its JSON against protocol.md's example, a customer's choice of drink and
// modifiers, and sold-out drinks.

#include "../samples.h"

#include <QTest>

using namespace presso;
using namespace presso::samples;
using namespace presso::testing;

class TestMenu : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void menuRoundTrip();
    void validateChoice_data();
    void validateChoice();
    void soldOut();
    void wordsInOtherLanguages();
};

void TestMenu::menuRoundTrip()
{
    const Menu m = menu();
    const auto decoded = Menu::fromJson(m.toJson());
    QVERIFY2(decoded.ok(), qPrintable(errorOf(decoded)));
    QCOMPARE(*decoded, m);

    // protocol.md's example item, byte for byte.
    const QByteArray example = R"({"drink":"Latte","icon":"latte","available":true,)"
                               R"("modifiers":[{"name":"Milk","options":["Regular","Oat"]}]})";
    const auto fromExample = Menu::fromJson(QJsonDocument::fromJson('[' + example + ']').array());
    QVERIFY2(fromExample.ok(), qPrintable(errorOf(fromExample)));
    QCOMPARE(fromExample->items().size(), 1);
    QCOMPARE(fromExample->toJson().at(0).toObject(), QJsonDocument::fromJson(example).object());

    // available and modifiers may be left out.
    const auto minimal = Menu::fromJson(parseArray(R"([{"drink":"Espresso","icon":"espresso"}])"));
    QVERIFY2(minimal.ok(), qPrintable(errorOf(minimal)));
    QCOMPARE(minimal->items().at(0), (MenuItem{"Espresso", "espresso", true, {}, {}}));
}

// A menu may give its words in other languages; orders and choices keep its own.
void TestMenu::wordsInOtherLanguages()
{
    const auto menu = Menu::fromJson(parseArray(R"([{"drink":"Latte","icon":"latte",
        "modifiers":[{"name":"Milk","options":["Regular","Oat"]}],
        "words":{"de":{"Milk":"Milch","Oat":"Hafermilch"},"pt_BR":{"Latte":"Café com leite"}}}])"));
    QVERIFY2(menu.ok(), qPrintable(errorOf(menu)));
    const MenuItem &latte = menu->items().at(0);
    QCOMPARE(latte.wordIn(QStringLiteral("Oat"), QStringLiteral("de_AT")), QStringLiteral("Hafermilch"));
    QCOMPARE(latte.wordIn(QStringLiteral("Latte"), QStringLiteral("de")), QStringLiteral("Latte"));
    QCOMPARE(latte.wordIn(QStringLiteral("Oat"), QStringLiteral("fr")), QStringLiteral("Oat"));
    QCOMPARE(latte.labelIn({QStringLiteral("Oat")}, QStringLiteral("de")), QStringLiteral("Latte · Hafermilch"));
    QCOMPARE(latte.labelIn({}, QStringLiteral("pt_BR")), QStringLiteral("Café com leite"));
    QVERIFY(menu->validateChoice(QStringLiteral("Latte"), {QStringLiteral("Oat")}).ok());
    QCOMPARE(*Menu::fromJson(menu->toJson()), *menu);
    // An order as a screen shows it: the menu's words in the language (a locale's name
    // too), or the order's own for a drink the menu no longer has.
    Order order;
    order.drink = QStringLiteral("Latte");
    order.modifiers = {QStringLiteral("Oat")};
    QCOMPARE(menu->labelOf(order, QStringLiteral("de_DE")), QStringLiteral("Latte · Hafermilch"));
    QCOMPARE(menu->drinkOf(order, QStringLiteral("pt_BR")), QStringLiteral("Café com leite"));
    QCOMPARE(menu->labelOf(order, QStringLiteral("en_US")), QStringLiteral("Latte · Oat"));
    order.drink = QStringLiteral("Mocha");
    QCOMPARE(menu->labelOf(order, QStringLiteral("de")), QStringLiteral("Mocha · Oat"));
    QCOMPARE(drinkInSentence(QStringLiteral("Kaffee des Tages"), QLocale(QStringLiteral("de_DE"))), QStringLiteral("Kaffee des Tages"));
    QCOMPARE(drinkInSentence(QStringLiteral("Café do dia"), QLocale(QStringLiteral("pt_BR"))), QStringLiteral("café do dia"));
    // Bad words are refused like any other bad menu.
    QVERIFY(!Menu::fromJson(parseArray(R"([{"drink":"Latte","icon":"latte","words":{"de":{"Latte":""}}}])")).ok());
    QVERIFY(!Menu::fromJson(parseArray(R"([{"drink":"Latte","icon":"latte","words":{"de":"Latte"}}])")).ok());
}

void TestMenu::validateChoice_data()
{
    QTest::addColumn<QString>("drink");
    QTest::addColumn<QStringList>("modifiers");
    QTest::addColumn<QString>("message"); // empty when the choice is valid
    QTest::addRow("latte, oat, large") << "Latte" << QStringList{"Oat", "Large"} << "";
    QTest::addRow("latte, large, oat") << "Latte" << QStringList{"Large", "Oat"} << "";
    QTest::addRow("latte plain") << "Latte" << QStringList{} << "";
    QTest::addRow("espresso") << "Espresso" << QStringList{} << "";
    QTest::addRow("flat white, regular") << "Flat White" << QStringList{"Regular"} << "";
    QTest::addRow("unknown drink") << "Mocha" << QStringList{} << R"("Mocha" is not on the menu)";
    QTest::addRow("wrong case") << "latte" << QStringList{} << R"("latte" is not on the menu)";
    QTest::addRow("sold out") << "Coffee of the day" << QStringList{}
                              << "Coffee of the day is sold out";
    QTest::addRow("unknown option")
        << "Latte" << QStringList{"Soy"} << R"("Soy" is not an option for Latte)";
    QTest::addRow("another drink's option")
        << "Espresso" << QStringList{"Oat"} << R"("Oat" is not an option for Espresso)";
    QTest::addRow("option of a group the drink lacks")
        << "Flat White" << QStringList{"Large"} << R"("Large" is not an option for Flat White)";
    QTest::addRow("two milks") << "Latte" << QStringList{"Oat", "Regular"}
                               << "Choose only one Milk";
    QTest::addRow("oat twice") << "Latte" << QStringList{"Oat", "Oat"} << "Choose only one Milk";
    QTest::addRow("two sizes") << "Latte" << QStringList{"Small", "Oat", "Large"}
                               << "Choose only one Size";
}

void TestMenu::validateChoice()
{
    QFETCH(QString, drink);
    QFETCH(QStringList, modifiers);
    QFETCH(QString, message);
    const auto result = menu().validateChoice(drink, modifiers);
    QCOMPARE(result.ok(), message.isEmpty());
    if (!message.isEmpty())
        QCOMPARE(result.error(), (Error{ErrorCode::InvalidOrder, message}));
}

void TestMenu::soldOut()
{
    Menu m = menu();
    QVERIFY(m.validateChoice(QStringLiteral("Latte"), {QStringLiteral("Oat")}).ok());
    QVERIFY(m.setAvailable(QStringLiteral("Latte"), false));
    QCOMPARE(m.validateChoice(QStringLiteral("Latte"), {QStringLiteral("Oat")}).error().code,
             ErrorCode::InvalidOrder);
    QVERIFY(m.setAvailable(QStringLiteral("Coffee of the day"), true));
    QVERIFY(m.validateChoice(QStringLiteral("Coffee of the day"), {}).ok());
    QVERIFY(!m.setAvailable(QStringLiteral("Mocha"), true));
    QCOMPARE(m.items().size(), menu().items().size());
}

QTEST_GUILESS_MAIN(TestMenu)
#include "tst_menu.moc"

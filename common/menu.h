#pragma once

#include "result.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QLocale>
#include <QStringList>

namespace presso {

struct Order;

// A drink's name inside a sentence ("your latte is ready"): lowercased, as English,
// Spanish and Portuguese write it; German writes nouns with a capital and keeps it.
QString drinkInSentence(const QString &name, const QLocale &locale = QLocale());

// One group of choices for a drink, e.g. Milk: Regular / Oat. An order takes at most one.
struct ModifierGroup
{
    QString name;
    QStringList options;

    friend bool operator==(const ModifierGroup &, const ModifierGroup &) = default;
};

// A drink on the menu.
struct MenuItem
{
    QString drink;
    QString icon;
    bool available = true;
    QList<ModifierGroup> modifiers;
    // Its words in other languages: language ("de", "pt_BR") to a word of the item (the
    // drink, a group, an option) to what a customer reads there. Orders keep the words
    // above; only screens show these.
    QHash<QString, QHash<QString, QString>> words;

    // word in language ("de_AT" finds "de"), or word itself when the menu has none.
    QString wordIn(const QString &word, const QString &language) const;
    // The drink and its options as the kiosk shows them, in language.
    QString labelIn(const QStringList &modifiers, const QString &language) const;

    QJsonObject toJson() const;
    friend bool operator==(const MenuItem &, const MenuItem &) = default;
};

// The whole menu, in the order the kiosk shows it.
class Menu
{
public:
    Menu() = default;
    explicit Menu(QList<MenuItem> items) : m_items(std::move(items)) {}

    const QList<MenuItem> &items() const { return m_items; }
    const MenuItem *find(const QString &drink) const;
    bool setAvailable(const QString &drink, bool available);

    // Checks a customer's choice: a known drink that is available, and at most one
    // known option of each of its modifier groups. Fails with INVALID_ORDER.
    Result<bool> validateChoice(const QString &drink, const QStringList &modifiers) const;

    // An order as a screen shows it in language (default: the screen's, QLocale's name):
    // its drink and options in the menu's words there ("Latte · Hafermilch"), or as
    // ordered for a drink the menu no longer has. The order itself keeps its own words.
    QString labelOf(const Order &order, const QString &language = QLocale().name()) const;
    // The order's drink alone, likewise.
    QString drinkOf(const Order &order, const QString &language = QLocale().name()) const;
    // The order with its drink and options in those words, for what lists them line by
    // line (the printed ticket).
    Order inWords(const Order &order, const QString &language = QLocale().name()) const;

    QJsonArray toJson() const;
    // Validates everything: unique non-empty drink names, sane sizes, no empty groups.
    static Result<Menu> fromJson(const QJsonArray &json, const QString &path = QStringLiteral("menu"));

    friend bool operator==(const Menu &, const Menu &) = default;

private:
    QList<MenuItem> m_items;
};

} // namespace presso

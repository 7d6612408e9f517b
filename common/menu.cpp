#include "menu.h"

#include "jsonreader.h"
#include "order.h"

#include <QSet>

namespace presso {

namespace {
constexpr int kMaxDrinks = 100;
constexpr int kMaxGroups = 10;
constexpr int kMaxOptions = 20;
constexpr int kMaxLanguages = 20;

// "words": {"de": {"Latte": "Milchkaffee", "Oat": "Hafer"}, …}, each word and name a short string.
QHash<QString, QHash<QString, QString>> readWords(JsonReader &r)
{
    QHash<QString, QHash<QString, QString>> words;
    const QJsonObject all = r.object(QStringLiteral("words"));
    if (all.size() > kMaxLanguages)
        r.fail(QStringLiteral("words"), QStringLiteral("more than %1 languages").arg(kMaxLanguages));
    for (auto lang = all.begin(); r.ok() && lang != all.end(); ++lang) {
        const QString key = QStringLiteral("words.") + lang.key();
        if (!lang.value().isObject() || lang.key().isEmpty() || lang.key().size() > 10) {
            r.fail(key, QStringLiteral("expected an object of words"));
            break;
        }
        const QJsonObject table = lang.value().toObject();
        if (table.size() > kMaxGroups * kMaxOptions + kMaxGroups + 1)
            r.fail(key, QStringLiteral("too many words"));
        for (auto w = table.begin(); r.ok() && w != table.end(); ++w) {
            if (!w.value().isString() || w.value().toString().trimmed().isEmpty()
                || w.value().toString().size() > limits::kDrinkName || w.key().size() > limits::kDrinkName)
                r.fail(key + QLatin1Char('.') + w.key(), QStringLiteral("expected a short text"));
            else
                words[lang.key()].insert(w.key(), w.value().toString().trimmed());
        }
    }
    return words;
}

Error invalidOrder(const QString &message)
{
    return Error{ErrorCode::InvalidOrder, message};
}
} // namespace

QJsonObject MenuItem::toJson() const
{
    QJsonArray groups;
    for (const ModifierGroup &g : modifiers) {
        groups.append(QJsonObject{{QStringLiteral("name"), g.name},
                                  {QStringLiteral("options"), QJsonArray::fromStringList(g.options)}});
    }
    QJsonObject json{{QStringLiteral("drink"), drink},
                     {QStringLiteral("icon"), icon},
                     {QStringLiteral("available"), available},
                     {QStringLiteral("modifiers"), groups}};
    if (!words.isEmpty()) {
        QJsonObject all;
        for (auto lang = words.cbegin(); lang != words.cend(); ++lang) {
            QJsonObject table;
            for (auto w = lang->cbegin(); w != lang->cend(); ++w)
                table.insert(w.key(), w.value());
            all.insert(lang.key(), table);
        }
        json.insert(QStringLiteral("words"), all);
    }
    return json;
}

QString MenuItem::wordIn(const QString &word, const QString &language) const
{
    for (const QString &lang : {language, language.section(QLatin1Char('_'), 0, 0)}) {
        const auto table = words.constFind(lang);
        if (table != words.cend()) {
            if (const auto found = table->constFind(word); found != table->cend())
                return *found;
        }
    }
    return word;
}

QString MenuItem::labelIn(const QStringList &modifiers, const QString &language) const
{
    QStringList options;
    for (const QString &option : modifiers)
        options << wordIn(option, language);
    return drinkLabel(wordIn(drink, language), options);
}

QString drinkInSentence(const QString &name, const QLocale &locale)
{
    return locale.language() == QLocale::German ? name : name.toLower();
}

QString Menu::labelOf(const Order &order, const QString &language) const
{
    const MenuItem *item = find(order.drink);
    return item ? item->labelIn(order.modifiers, language) : drinkLabel(order);
}

QString Menu::drinkOf(const Order &order, const QString &language) const
{
    const MenuItem *item = find(order.drink);
    return item ? item->wordIn(order.drink, language) : order.drink;
}

Order Menu::inWords(const Order &order, const QString &language) const
{
    const MenuItem *item = find(order.drink);
    if (!item)
        return order;
    Order shown = order;
    shown.drink = item->wordIn(order.drink, language);
    for (QString &option : shown.modifiers)
        option = item->wordIn(option, language);
    return shown;
}

const MenuItem *Menu::find(const QString &drink) const
{
    for (const MenuItem &item : m_items) {
        if (item.drink == drink)
            return &item;
    }
    return nullptr;
}

bool Menu::setAvailable(const QString &drink, bool available)
{
    for (MenuItem &item : m_items) {
        if (item.drink == drink) {
            item.available = available;
            return true;
        }
    }
    return false;
}

Result<bool> Menu::validateChoice(const QString &drink, const QStringList &modifiers) const
{
    const MenuItem *item = find(drink);
    if (!item)
        return invalidOrder(QStringLiteral("\"%1\" is not on the menu").arg(drink));
    if (!item->available)
        return invalidOrder(QStringLiteral("%1 is sold out").arg(drink));
    QSet<int> usedGroups;
    for (const QString &option : modifiers) {
        int group = -1;
        for (int g = 0; g < item->modifiers.size() && group < 0; ++g) {
            if (item->modifiers.at(g).options.contains(option))
                group = g;
        }
        if (group < 0)
            return invalidOrder(QStringLiteral("\"%1\" is not an option for %2").arg(option, drink));
        if (usedGroups.contains(group))
            return invalidOrder(QStringLiteral("Choose only one %1").arg(item->modifiers.at(group).name));
        usedGroups.insert(group);
    }
    return true;
}

QJsonArray Menu::toJson() const
{
    QJsonArray out;
    for (const MenuItem &item : m_items)
        out.append(item.toJson());
    return out;
}

Result<Menu> Menu::fromJson(const QJsonArray &json, const QString &path)
{
    if (json.size() > kMaxDrinks)
        return badRequest(QStringLiteral("%1: more than %2 drinks").arg(path).arg(kMaxDrinks));
    QList<MenuItem> items;
    QSet<QString> names;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const QString itemPath = QStringLiteral("%1[%2]").arg(path).arg(i);
        if (!json.at(i).isObject())
            return badRequest(itemPath + QStringLiteral(": expected an object, got ") + jsonTypeName(json.at(i)));
        JsonReader r(json.at(i).toObject(), itemPath);
        MenuItem item;
        item.drink = r.string(QStringLiteral("drink"), limits::kDrinkName).trimmed();
        item.icon = r.string(QStringLiteral("icon"), limits::kIcon);
        item.available = r.has(QStringLiteral("available")) ? r.boolean(QStringLiteral("available")) : true;
        if (r.has(QStringLiteral("words")))
            item.words = readWords(r);
        const QJsonArray groups = r.has(QStringLiteral("modifiers"))
                                      ? r.array(QStringLiteral("modifiers"), kMaxGroups)
                                      : QJsonArray();
        for (qsizetype g = 0; g < groups.size() && r.ok(); ++g) {
            const QString groupKey = QStringLiteral("modifiers[%1]").arg(g);
            if (!groups.at(g).isObject()) {
                r.fail(groupKey, QStringLiteral("expected an object, got ") + jsonTypeName(groups.at(g)));
                break;
            }
            JsonReader gr(groups.at(g).toObject(), r.path(groupKey));
            ModifierGroup group;
            group.name = gr.string(QStringLiteral("name"), limits::kModifierName);
            group.options = gr.stringList(QStringLiteral("options"), kMaxOptions, limits::kModifierName);
            if (gr.ok() && group.name.isEmpty())
                gr.fail(QStringLiteral("name"), QStringLiteral("must not be empty"));
            if (gr.ok() && group.options.isEmpty())
                gr.fail(QStringLiteral("options"), QStringLiteral("a group needs at least one option"));
            if (!gr.ok())
                return gr.error();
            item.modifiers.append(group);
        }
        if (!r.ok())
            return r.error();
        if (item.drink.isEmpty())
            return badRequest(r.path(QStringLiteral("drink")) + QStringLiteral(": must not be empty"));
        if (names.contains(item.drink))
            return badRequest(r.path(QStringLiteral("drink")) + QStringLiteral(": \"%1\" appears twice").arg(item.drink));
        names.insert(item.drink);
        items.append(item);
    }
    return Menu(items);
}

} // namespace presso

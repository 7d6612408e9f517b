#include "shopsettings.h"

#include "jsonreader.h"

namespace presso {

QStringList ShopSettings::keys()
{
    return {QStringLiteral("open"),           QStringLiteral("maxOrdersInQueue"),
            QStringLiteral("drinksPerCode"),  QStringLiteral("codeIntervalSec"),
            QStringLiteral("codeHideBeforeEndSec"), QStringLiteral("customerTimeoutSec"),
            QStringLiteral("baristaTimeoutSec"), QStringLiteral("orderUrl")};
}

QJsonObject ShopSettings::toJson() const
{
    return QJsonObject{{QStringLiteral("open"), open},
                       {QStringLiteral("maxOrdersInQueue"), maxOrdersInQueue},
                       {QStringLiteral("drinksPerCode"), drinksPerCode},
                       {QStringLiteral("codeIntervalSec"), codeIntervalSec},
                       {QStringLiteral("codeHideBeforeEndSec"), codeHideBeforeEndSec},
                       {QStringLiteral("customerTimeoutSec"), customerTimeoutSec},
                       {QStringLiteral("baristaTimeoutSec"), baristaTimeoutSec},
                       {QStringLiteral("orderUrl"), orderUrl}};
}

Result<ShopSettings> ShopSettings::patched(const QJsonObject &patch, const QString &path) const
{
    const QStringList known = keys();
    for (auto it = patch.constBegin(); it != patch.constEnd(); ++it) {
        if (!known.contains(it.key()))
            return badRequest(QStringLiteral("%1.%2: unknown setting").arg(path, it.key()));
    }
    JsonReader r(patch, path);
    ShopSettings s = *this;
    if (r.has(QStringLiteral("open")))
        s.open = r.boolean(QStringLiteral("open"));
    s.maxOrdersInQueue = r.optInteger(QStringLiteral("maxOrdersInQueue"), 1, 100000).value_or(s.maxOrdersInQueue);
    s.drinksPerCode = r.optInteger(QStringLiteral("drinksPerCode"), 1, 10'000'000).value_or(s.drinksPerCode);
    s.codeIntervalSec = r.optInteger(QStringLiteral("codeIntervalSec"), 10, 86400).value_or(s.codeIntervalSec);
    s.codeHideBeforeEndSec = r.optInteger(QStringLiteral("codeHideBeforeEndSec"), 0, 86400).value_or(s.codeHideBeforeEndSec);
    s.customerTimeoutSec = r.optInteger(QStringLiteral("customerTimeoutSec"), 10, 86400).value_or(s.customerTimeoutSec);
    s.baristaTimeoutSec = r.optInteger(QStringLiteral("baristaTimeoutSec"), 10, 86400).value_or(s.baristaTimeoutSec);
    if (r.has(QStringLiteral("orderUrl"))) {
        s.orderUrl = r.string(QStringLiteral("orderUrl"), 200);
        if (r.ok() && s.orderUrl.trimmed().isEmpty())
            r.fail(QStringLiteral("orderUrl"), QStringLiteral("must not be empty"));
    }
    if (!r.ok())
        return r.error();
    if (s.codeHideBeforeEndSec >= s.codeIntervalSec)
        return badRequest(QStringLiteral("%1.codeHideBeforeEndSec: must be shorter than codeIntervalSec").arg(path));
    return s;
}

Result<ShopSettings> ShopSettings::fromJson(const QJsonObject &json, const QString &path)
{
    // Fields added by a newer server are ignored here; only settings.set refuses them.
    QJsonObject known;
    for (const QString &key : keys()) {
        if (!json.contains(key))
            return badRequest(QStringLiteral("%1.%2: is required").arg(path, key));
        known.insert(key, json.value(key));
    }
    return ShopSettings().patched(known, path);
}

} // namespace presso

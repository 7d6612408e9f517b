#include "shopsettings.h"

#include "jsonreader.h"
#include "languagecodes.h"
#include "qrcode.h"

#include <QJsonArray>
#include <QUrl>

namespace presso {

QStringList ShopSettings::keys()
{
    return {QStringLiteral("open"),           QStringLiteral("maxOrdersInQueue"),
            QStringLiteral("drinksPerCode"),  QStringLiteral("codeIntervalSec"),
            QStringLiteral("codeHideBeforeEndSec"), QStringLiteral("customerTimeoutSec"),
            QStringLiteral("baristaTimeoutSec"), QStringLiteral("orderUrl"),
            QStringLiteral("phoneOrdering"), QStringLiteral("publicUrl"),
            QStringLiteral("maxCustomerConnections"), QStringLiteral("timeZone"),
            QStringLiteral("languages")};
}

namespace {
// Settings added after part one: a store or server from before them lacks them, and
// reads as their defaults.
bool isAddedLater(const QString &key)
{
    return key == QLatin1String("phoneOrdering") || key == QLatin1String("publicUrl")
           || key == QLatin1String("maxCustomerConnections") || key == QLatin1String("timeZone")
           || key == QLatin1String("languages");
}

// Each a shipped language, once; the first problem fails r.
void checkLanguages(const QStringList &languages, JsonReader &r)
{
    const QStringList shipped = language::shipped();
    for (qsizetype i = 0; i < languages.size() && r.ok(); ++i) {
        const QString key = QStringLiteral("languages[%1]").arg(i);
        if (!shipped.contains(languages.at(i)))
            r.fail(key, QStringLiteral("\"%1\" is not a language presso ships (%2)")
                            .arg(languages.at(i), shipped.join(QStringLiteral(", "))));
        else if (languages.indexOf(languages.at(i)) < i)
            r.fail(key, QStringLiteral("\"%1\" is given twice").arg(languages.at(i)));
    }
}

// An absolute http(s) URL with a host and nothing after the path: what a phone can open
// with "/o?code=…" appended. Empty is fine (the server works it out).
bool isPublicUrl(const QString &text)
{
    if (text.isEmpty())
        return true;
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
           && !url.host().isEmpty() && url.userInfo().isEmpty() && !url.hasQuery() && !url.hasFragment()
           && !text.endsWith(QLatin1Char('/'));
}
} // namespace

QString ShopSettings::qrUrl(const QString &code) const
{
    return phoneOrdering ? publicUrl + QStringLiteral("/o?code=") + code : QrCode::urlFor(orderUrl, code);
}

QTimeZone ShopSettings::zone() const
{
    return timeZone.isEmpty() ? QTimeZone::systemTimeZone() : QTimeZone(timeZone.toUtf8());
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
                       {QStringLiteral("orderUrl"), orderUrl},
                       {QStringLiteral("phoneOrdering"), phoneOrdering},
                       {QStringLiteral("publicUrl"), publicUrl},
                       {QStringLiteral("maxCustomerConnections"), maxCustomerConnections},
                       {QStringLiteral("timeZone"), timeZone},
                       {QStringLiteral("languages"), QJsonArray::fromStringList(languages)}};
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
    if (r.has(QStringLiteral("phoneOrdering")))
        s.phoneOrdering = r.boolean(QStringLiteral("phoneOrdering"));
    if (r.has(QStringLiteral("publicUrl"))) {
        s.publicUrl = r.string(QStringLiteral("publicUrl"), 200);
        if (r.ok() && !isPublicUrl(s.publicUrl))
            r.fail(QStringLiteral("publicUrl"),
                   QStringLiteral("must be an http:// or https:// address with a host and no trailing slash, query or "
                                  "fragment (or empty for the server's own address)"));
    }
    s.maxCustomerConnections =
        r.optInteger(QStringLiteral("maxCustomerConnections"), 1, 1'000'000).value_or(s.maxCustomerConnections);
    if (r.has(QStringLiteral("timeZone"))) {
        s.timeZone = r.string(QStringLiteral("timeZone"), 64);
        if (r.ok() && !s.timeZone.isEmpty() && !QTimeZone::isTimeZoneIdAvailable(s.timeZone.toUtf8()))
            r.fail(QStringLiteral("timeZone"),
                   QStringLiteral("must be an IANA time zone such as Europe/Berlin (or empty for the server's own)"));
    }
    if (r.has(QStringLiteral("languages"))) {
        s.languages = r.stringList(QStringLiteral("languages"), int(language::shipped().size()), 16);
        checkLanguages(s.languages, r);
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
        if (!json.contains(key) && isAddedLater(key))
            continue;
        if (!json.contains(key))
            return badRequest(QStringLiteral("%1.%2: is required").arg(path, key));
        known.insert(key, json.value(key));
    }
    // A zone this machine's time zone database lacks is still the shop's: kept as read.
    // Languages this build does not ship (a newer server's) are left out: it cannot speak them.
    const QJsonValue zone = known.take(QStringLiteral("timeZone"));
    const QJsonValue languages = known.take(QStringLiteral("languages"));
    auto settings = ShopSettings().patched(known, path);
    if (!settings)
        return settings;
    ShopSettings read = *settings;
    if (zone.isString())
        read.timeZone = zone.toString().left(64);
    for (const QJsonValue &code : languages.toArray()) {
        if (language::shipped().contains(code.toString()) && !read.languages.contains(code.toString()))
            read.languages.append(code.toString());
    }
    return read;
}

} // namespace presso

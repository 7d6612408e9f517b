// One shop's settings, menu, codes and order numbers (SqlShopStore; its orders are in
// sqlorders.cpp): the shared statements, each bound to the shop's id.
#include "sqlstorage.h"

#include "sqlvalues.h"

#include <QJsonDocument>
#include <QSqlRecord>

namespace presso {

using namespace sqlvalues;

QSqlQuery &SqlShopStore::run(const QString &name, QVariantHash values)
{
    values.insert(QStringLiteral("shop"), m_id);
    return m_storage.run(name, values);
}

QVariant SqlShopStore::scalar(const QString &name, QVariantHash values)
{
    values.insert(QStringLiteral("shop"), m_id);
    return m_storage.scalar(name, values);
}

namespace {
// The one JSON document a query reads (settings, menu), checked by fromJson (a Result).
template<typename T, typename FromJson>
std::optional<T> storedDocument(const QVariant &stored, FromJson fromJson, const char *what)
{
    if (!stored.isValid())
        return std::nullopt;
    const auto value = fromJson(QJsonDocument::fromJson(stored.toByteArray()));
    if (!value)
        throw StorageError(std::string("stored ") + what + " is invalid: " + value.error().message.toStdString());
    return *value;
}
} // namespace

std::optional<ShopSettings> SqlShopStore::loadSettings()
{
    return storedDocument<ShopSettings>(scalar(QStringLiteral("settings_get")),
                                        [](const QJsonDocument &d) { return ShopSettings::fromJson(d.object()); }, "settings");
}

void SqlShopStore::saveSettings(const ShopSettings &shop)
{
    run(QStringLiteral("settings_put"), {{QStringLiteral("settings"), json(QJsonDocument(shop.toJson()))}});
}

std::optional<Menu> SqlShopStore::loadMenu()
{
    return storedDocument<Menu>(scalar(QStringLiteral("menu_get")),
                                [](const QJsonDocument &d) { return Menu::fromJson(d.array()); }, "menu");
}

void SqlShopStore::saveMenu(const Menu &menu)
{
    run(QStringLiteral("menu_put"), {{QStringLiteral("menu"), json(QJsonDocument(menu.toJson()))}});
}

std::optional<QrCode> SqlShopStore::code(qint64 bucket)
{
    QSqlQuery &q = run(QStringLiteral("code_by_bucket"), {{QStringLiteral("bucket"), bucket}});
    if (!q.next())
        return std::nullopt;
    const QSqlRecord r = q.record();
    QrCode c;
    c.bucket = q.value(r.indexOf(QStringLiteral("bucket"))).toLongLong();
    c.code = q.value(r.indexOf(QStringLiteral("code"))).toString();
    c.url = q.value(r.indexOf(QStringLiteral("url"))).toString();
    c.startsAt = q.value(r.indexOf(QStringLiteral("starts_at"))).toLongLong();
    c.endsAt = q.value(r.indexOf(QStringLiteral("ends_at"))).toLongLong();
    c.tokensTotal = q.value(r.indexOf(QStringLiteral("tokens_total"))).toInt();
    c.tokensLeft = q.value(r.indexOf(QStringLiteral("tokens_left"))).toInt();
    q.finish();
    return c;
}

bool SqlShopStore::insertCode(const QrCode &c)
{
    return run(QStringLiteral("code_insert"),
        {{QStringLiteral("bucket"), c.bucket}, {QStringLiteral("code"), c.code},
         {QStringLiteral("url"), c.url}, {QStringLiteral("starts_at"), c.startsAt},
         {QStringLiteral("ends_at"), c.endsAt}, {QStringLiteral("tokens_total"), c.tokensTotal},
         {QStringLiteral("tokens_left"), c.tokensLeft}}).numRowsAffected() == 1;
}

bool SqlShopStore::takeToken(qint64 bucket)
{
    return run(QStringLiteral("code_take_token"), {{QStringLiteral("bucket"), bucket}}).numRowsAffected() == 1;
}

void SqlShopStore::setCodeTokens(qint64 bucket, int total)
{
    run(QStringLiteral("code_set_tokens"), {{QStringLiteral("bucket"), bucket}, {QStringLiteral("tokens_total"), total}});
}

void SqlShopStore::setCodeUrl(qint64 bucket, const QString &url)
{
    run(QStringLiteral("code_set_url"), {{QStringLiteral("bucket"), bucket}, {QStringLiteral("url"), url}});
}

int SqlShopStore::nextNumber(const QString &day)
{
    const QVariant n = scalar(QStringLiteral("counter_next"), {{QStringLiteral("day"), day}});
    if (!n.isValid())
        throw StorageError("counter_next returned no row");
    return n.toInt();
}

} // namespace presso

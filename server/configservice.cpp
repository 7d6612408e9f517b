#include "configservice.h"

#include <QFile>
#include <QJsonDocument>

namespace presso {

ConfigService::ConfigService(ConfigStore &storage, EventLog &events, const ShopRecord &shop, QObject *parent)
    : QObject(parent)
    , m_storage(storage)
    , m_events(events)
    , m_id(shop)
{
}

QJsonObject ConfigService::shopJson() const
{
    QJsonObject json = m_effective.toJson();
    json.insert(QStringLiteral("id"), m_id.id);
    json.insert(QStringLiteral("name"), m_id.name);
    return json;
}

Menu ConfigService::defaultMenu()
{
    QFile f(QStringLiteral(":/menu/default-menu.json"));
    if (!f.open(QIODevice::ReadOnly))
        throw StorageError("the default menu resource is missing");
    const auto menu = Menu::fromJson(QJsonDocument::fromJson(f.readAll()).array());
    if (!menu)
        throw StorageError("the default menu is invalid: " + menu.error().message.toStdString());
    return *menu;
}

void ConfigService::load()
{
    const auto shop = m_storage.loadSettings();
    const auto menu = m_storage.loadMenu();
    m_shop = shop.value_or(ShopSettings());
    m_menu = menu ? *menu : defaultMenu();
    refreshEffective();
    if (!shop)
        m_storage.saveSettings(m_shop);
    if (!menu)
        m_storage.saveMenu(m_menu);
}

void ConfigService::setDefaultPublicUrl(const QString &url)
{
    m_defaultPublicUrl = url;
    refreshEffective();
}

void ConfigService::refreshEffective()
{
    m_json.reset();
    m_effective = m_shop;
    if (m_effective.publicUrl.isEmpty())
        m_effective.publicUrl = m_defaultPublicUrl;
    if (m_effective.timeZone.isEmpty())
        m_effective.timeZone = QString::fromUtf8(QTimeZone::systemTimeZoneId());
}

QJsonObject ConfigService::toJson() const
{
    if (!m_json)
        m_json = QJsonObject{{QStringLiteral("shop"), shopJson()}, {QStringLiteral("menu"), m_menu.toJson()}};
    return *m_json;
}

void ConfigService::store(const ShopSettings &shop, const Menu &menu)
{
    if (shop == m_shop && menu == m_menu)
        return;
    if (!(shop == m_shop))
        m_storage.saveSettings(shop);
    if (!(menu == m_menu))
        m_storage.saveMenu(menu);
    m_shop = shop;
    m_menu = menu;
    refreshEffective();
    m_events.append(m_id.id, EventType::ConfigChanged, toJson());
    Q_EMIT changed();
}

void ConfigService::setOpen(bool open)
{
    ShopSettings shop = m_shop;
    shop.open = open;
    store(shop, m_menu);
}

Result<bool> ConfigService::setAvailable(const QString &drink, bool available)
{
    Menu menu = m_menu;
    if (!menu.setAvailable(drink, available))
        return Error{ErrorCode::NotFound, QStringLiteral("\"%1\" is not on the menu").arg(drink)};
    store(m_shop, menu);
    return true;
}

void ConfigService::setMenu(const Menu &menu)
{
    store(m_shop, menu);
}

Result<bool> ConfigService::setSettings(const QJsonObject &patch)
{
    const auto shop = m_shop.patched(patch);
    if (!shop)
        return shop.error();
    store(*shop, m_menu);
    return true;
}

} // namespace presso

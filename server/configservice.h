#pragma once

#include "eventlog.h"

#include <QObject>
#include <optional>

namespace presso {

// Owns the shop settings and the menu. Every change emits ConfigService.ConfigChanged.
class ConfigService : public QObject
{
    Q_OBJECT
public:
    // shop: which shop's configuration this is (its id and name go into the shop object).
    ConfigService(ConfigStore &storage, EventLog &events, const ShopRecord &shop, QObject *parent = nullptr);

    const QString &shopId() const { return m_id.id; }
    const QString &shopName() const { return m_id.name; }
    void setShopName(const QString &name)
    {
        m_id.name = name;
        m_json.reset();
    }
    // protocol.md's shop object: the settings in effect plus the shop's id and name.
    QJsonObject shopJson() const;

    // Reads settings and menu, storing the defaults on first start. In a transaction.
    void load();

    // The settings in effect: as stored, with an empty publicUrl replaced by the
    // server's own address (setDefaultPublicUrl).
    const ShopSettings &shop() const { return m_effective; }
    // The address phones reach this server at, when no publicUrl is set.
    void setDefaultPublicUrl(const QString &url);
    const Menu &menu() const { return m_menu; }
    // Kept until the next change: every hello's snapshot holds it.
    QJsonObject toJson() const;

    // Each runs inside a transaction and fails without changing anything.
    void setOpen(bool open);
    Result<bool> setAvailable(const QString &drink, bool available);
    void setMenu(const Menu &menu);
    Result<bool> setSettings(const QJsonObject &patch);

    static Menu defaultMenu();

Q_SIGNALS:
    // After any change, once stored (still inside the transaction).
    void changed();

private:
    void store(const ShopSettings &shop, const Menu &menu);
    void refreshEffective();

    ConfigStore &m_storage;
    EventLog &m_events;
    ShopRecord m_id;
    ShopSettings m_shop; // as stored
    ShopSettings m_effective;
    QString m_defaultPublicUrl;
    Menu m_menu;
    mutable std::optional<QJsonObject> m_json; // toJson(), until the next change
};

} // namespace presso

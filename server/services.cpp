#include "services.h"

#include "policy.h"
#include "session.h"

namespace presso {

Services::Services(Storage &storage_, Clock &clock_)
    : storage(storage_)
    , transactions(storage_)
    , clock(clock_)
    , events(storage_, storage_, clock_)
    , transactor(storage_, events)
    , customers(storage_, clock_)
    , publisher(storage_)
    , presence(storage_, publisher, clock_)
    , devices(storage_, clock_)
    , pairings(storage_, clock_, devices, events)
    , mainShop(addShop(ShopRecord{mainShopId(), QStringLiteral("Main"), 0}))
    , config(mainShop.config)
    , validator(mainShop.validator)
    , counter(mainShop.counter)
    , orders(mainShop.orders)
    , processor(mainShop.processor)
{
    transactor.setPublisher([this](const QList<StoredEvent> &committed) { publisher.publish(committed); });
    transactor.addReload([this] {
        for (Shop *shop : shops())
            shop->config.load();
    });
    // Inside the settings change's own transaction.
    QObject::connect(&config, &ConfigService::changed, &config, [this] { pairings.setPublicUrl(config.shop().publicUrl); });
}

Shop &Services::addShop(const ShopRecord &record)
{
    auto shop = std::make_unique<Shop>(record, storage, clock, events, transactor, customers);
    Shop &s = *shop;
    const QString id = record.id;
    s.processor.setBaristaPresence([this, id] { return presence.baristaPresent(id); });
    QObject::connect(&s.config, &ConfigService::changed, &s.config, [&s] { s.validator.applySettings(); });
    m_shops.emplace(id, std::move(shop));
    return s;
}

Shop *Services::shop(const QString &id)
{
    const auto it = m_shops.find(id);
    return it == m_shops.end() ? nullptr : it->second.get();
}

Shop &Services::shopOf(const Session &session)
{
    if (Shop *s = shop(session.shop))
        return *s;
    loadNewShops(); // made by another writer since this server last looked
    if (Shop *s = shop(session.shop))
        return *s;
    throw StorageError("the shop " + session.shop.toStdString() + " is not in the store");
}

QList<Shop *> Services::shops() const
{
    QList<Shop *> out;
    for (const auto &entry : m_shops)
        out.append(entry.second.get());
    return out;
}

void Services::loadShops(bool known)
{
    QList<Shop *> added;
    for (const ShopRecord &record : storage.shops()) {
        if (Shop *s = shop(record.id)) {
            if (known) {
                s->config.setShopName(record.name);
                s->config.load();
            }
        } else {
            added.append(&addShop(record));
            added.last()->config.load();
        }
    }
    for (Shop *s : std::as_const(added)) {
        if (onShopAdded)
            onShopAdded(*s);
    }
}

QJsonObject Services::snapshot(const Session &session)
{
    Shop &shop = shopOf(session);
    QJsonObject snap = shop.config.toJson();
    const bool customer = session.role == Role::Customer;
    snap.insert(QStringLiteral("orders"), customer ? shop.orders.ofCustomer({session.customer, session.customerToken})
                                                   : shop.orders.current(session.role, session.device));
    if (policy::seesCode(session.role))
        snap.insert(QStringLiteral("qr"), shop.validator.current().toJson());
    return snap;
}

} // namespace presso

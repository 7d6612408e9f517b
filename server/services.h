#pragma once

#include "customers.h"
#include "devices.h"
#include "eventlog.h"
#include "pairings.h"
#include "presence.h"
#include "publisher.h"
#include "shop.h"
#include "transactor.h"

#include <functional>
#include <map>
#include <memory>

namespace presso {

struct Session;

// The server's services, wired together. Nothing here knows about sockets. Each service
// is handed only its own storage port; the whole store stays here, for the wiring and for
// tests that look inside it. What is per shop (configuration, codes, numbers, orders,
// workflow) is a Shop; the rest (devices, pairings, customers, the log) is server-wide.
struct Services
{
    Services(Storage &storage, Clock &clock);

    // {shop, menu, orders, qr?} of the session's shop, as the session's role may see it:
    // a customer's orders are its own of today, with their orderTokens.
    QJsonObject snapshot(const Session &session);

    // The shop with this id, or null when the server has no such shop.
    Shop *shop(const QString &id);
    // The session's shop. Throws StorageError if the store lost it.
    Shop &shopOf(const Session &session);
    // Every shop, in id order (as `shop list` prints them).
    QList<Shop *> shops() const;
    // Reads the shops of the store, makes the services of each new one and loads every
    // shop's settings and menu (storing the defaults of a new shop). In a transaction.
    void loadShops() { loadShops(true); }
    // The same for the shops this server does not know yet (another writer's `shop add`);
    // the known ones are reloaded by their ConfigChanged events.
    void loadNewShops() { loadShops(false); }
    // Told of each shop made after the main one (a `shop add` on the command line).
    std::function<void(Shop &)> onShopAdded;

    Storage &storage;
    // The store as a whole: housekeeping, /healthz.
    Transactions &transactions;
    Clock &clock;
    EventLog events;
    Transactor transactor;
    Customers customers;
    Publisher publisher;
    Presence presence;
    Devices devices;
    Pairings pairings;

private:
    void loadShops(bool known);
    Shop &addShop(const ShopRecord &record);
    std::map<QString, std::unique_ptr<Shop>> m_shops;

public:
    // The main shop's services, for what knows one shop only (the command line's
    // defaults, tests of a single-shop server).
    Shop &mainShop;
    ConfigService &config;
    Validator &validator;
    Counter &counter;
    OrderManager &orders;
    OrderProcessor &processor;
};

} // namespace presso

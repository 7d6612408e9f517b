#pragma once

#include "configservice.h"
#include "counter.h"
#include "customers.h"
#include "devices.h"
#include "eventlog.h"
#include "ordermanager.h"
#include "orderprocessor.h"
#include "pairings.h"
#include "publisher.h"
#include "transactor.h"
#include "validator.h"

namespace presso {

// The server's services, wired together. Nothing here knows about sockets.
struct Services
{
    Services(Storage &storage, Clock &clock);

    // {shop, menu, orders, qr?} as the session's role may see it: a customer's orders are
    // its own of today, with their orderTokens.
    QJsonObject snapshot(const Session &session);
    // Open orders and those completed in the last 10 minutes, as role may see them.
    QJsonArray currentOrders(Role role, const QString &device);

    Storage &storage;
    Clock &clock;
    EventLog events;
    Transactor transactor;
    ConfigService config;
    Validator validator;
    Counter counter;
    OrderManager orders;
    OrderProcessor processor;
    Publisher publisher;
    Devices devices;
    Pairings pairings;
    Customers customers;
};

// How long a completed order stays on the boards and in snapshots.
constexpr qint64 kRecentlyCompletedMs = 10 * 60 * 1000;

} // namespace presso

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

// The server's services, wired together. Nothing here knows about sockets. Each service
// is handed only its own storage port; the whole store stays here, for the wiring and for
// tests that look inside it.
struct Services
{
    Services(Storage &storage, Clock &clock);

    // {shop, menu, orders, qr?} as the session's role may see it: a customer's orders are
    // its own of today, with their orderTokens.
    QJsonObject snapshot(const Session &session);

    Storage &storage;
    // The store as a whole: housekeeping, /healthz.
    Transactions &transactions;
    Clock &clock;
    EventLog events;
    Transactor transactor;
    ConfigService config;
    Validator validator;
    Counter counter;
    Customers customers;
    OrderManager orders;
    OrderProcessor processor;
    Publisher publisher;
    Devices devices;
    Pairings pairings;
};

} // namespace presso

#pragma once

#include "configservice.h"
#include "counter.h"

namespace presso {

// Who is acting on an order: a kiosk or a phone customer proves ownership with the
// order's token.
struct Actor
{
    Role role = Role::Display;
    QString device;
    QString orderToken;
    QString customer; // the customer's id (role customer)
};

// Owns the orders table and the actions on an order: submit, claim, unclaim,
// complete, cancel, each allowed only from the right state and for the right actor.
// Every method runs inside a transaction and returns the changed order.
class OrderManager
{
public:
    OrderManager(Storage &storage, Clock &clock, ConfigService &config, Counter &counter, EventLog &events);

    struct Submission
    {
        QString drink;
        QStringList modifiers;
        std::optional<QString> customerName;
    };

    Result<OrderRecord> submit(const OrderId &id, const Actor &actor, const Submission &submission);
    Result<OrderRecord> claim(const OrderId &id, const Actor &actor);
    Result<OrderRecord> unclaim(const OrderId &id, const Actor &actor);
    Result<OrderRecord> complete(const OrderId &id, const Actor &actor);
    Result<OrderRecord> cancel(const OrderId &id, const Actor &actor);
    Result<OrderRecord> get(const OrderId &id, const Actor &actor);
    // The barista's undo: an order completed or cancelled in the last minute goes back
    // to where it was, with its deadline.
    Result<OrderRecord> recall(const OrderId &id, const Actor &actor);
    // 1 for the next drink to be made: how many submitted open orders came before it,
    // plus one. Empty unless the order is queued or being made.
    std::optional<int> queuePosition(const Order &order);

    // How the order looks to a role: displays see the public view only.
    static QJsonObject viewFor(Role role, const Order &order);
    // The order is the actor's: its kiosk's or one of its customers'.
    bool owns(const Actor &actor, const OrderRecord &record);

private:
    Result<OrderRecord> find(const OrderId &id, const Actor &actor);
    OrderRecord finish(OrderRecord record, OrderState state, const QString &reason);

    Storage &m_storage;
    Clock &m_clock;
    ConfigService &m_config;
    Counter &m_counter;
    EventLog &m_events;
};

} // namespace presso

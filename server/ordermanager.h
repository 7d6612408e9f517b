#pragma once

#include "configservice.h"
#include "counter.h"
#include "customers.h"
#include "ordercache.h"

#include <QJsonArray>
#include <functional>

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

// How long a completed order stays on the boards and in snapshots.
constexpr qint64 kRecentlyCompletedMs = 10 * 60 * 1000;

// Owns the orders table, and is its only writer: the actions on an order (submit, claim,
// unclaim, complete, cancel, recall), each allowed only from the right state and for the
// actor policy.h allows, and the workflow's own steps (an order started, an order timed
// out). Every other part reads orders through it. Every write runs inside a transaction
// and announces its event.
class OrderManager
{
public:
    OrderManager(OrdersStore &storage, Clock &clock, ConfigService &config, Counter &counter,
                 Customers &customers, EventLog &events);

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
    // The order whose token this is, whoever asks (order.follow): NOT_FOUND, or FORBIDDEN
    // for a wrong token.
    Result<OrderRecord> withToken(const OrderId &id, const QString &orderToken);

    // The workflow's steps (OrderProcessor). start() stores a redeemed order; adopt, if
    // given, runs before its WorkflowStarted event, so that the event finds its owners.
    void start(const OrderRecord &record, const std::function<void()> &adopt = {});
    // Times out every open order whose deadline is at or before now.
    void timeOutDue(Millis now);
    int countOpen();
    std::optional<Millis> nextDeadline();

    // Forgets the open orders kept in memory (the Transactor's drop: a rollback, or
    // another writer's commit).
    void dropCache() { m_cache.drop(); }

    // Reads (ordermanagerreads.cpp).
    std::optional<OrderRecord> find(const OrderId &id);
    std::optional<OrderRecord> byNumber(const QString &day, int number);
    QList<OrderRecord> ofDay(const QString &day);
    // Open orders and those completed in the last 10 minutes, as the role may see them;
    // device: the asking kiosk's.
    QJsonArray current(Role role, const QString &device);
    // The newest `limit` orders in these states, oldest first, as the role may see them;
    // without states, current()'s.
    QJsonArray list(Role role, const QString &device, const std::optional<QStringList> &states, int limit);
    // The customer's orders of today, each with its orderToken.
    QJsonArray ofCustomer(const Customers::Identity &customer);
    // 1 for the next drink to be made: how many submitted open orders came before it,
    // plus one. Empty unless the order is queued or being made.
    std::optional<int> queuePosition(const Order &order);

    // An order as its owner sees it: as the role sees any order, plus its orderToken.
    static QJsonObject ownView(Role role, const Order &order, const QString &orderToken);
    // The order is the actor's: its kiosk's or one of its customers'.
    bool owns(const Actor &actor, const OrderRecord &record);

private:
    Result<OrderRecord> findFor(const OrderId &id, const Actor &actor);
    // The order, from memory if it is open and was read or written before.
    std::optional<OrderRecord> load(const OrderId &id);
    OrderRecord finish(OrderRecord record, OrderState state, const QString &reason);
    // Stores the changed order and logs its event, routed to the order's kiosk and to
    // the customers that own it at this moment. before: its state until now.
    void save(EventType type, OrderState before, const OrderRecord &record, QJsonObject extra = {});

    OrdersStore &m_storage;
    Clock &m_clock;
    ConfigService &m_config;
    Counter &m_counter;
    Customers &m_customers;
    EventLog &m_events;
    OrderCache m_cache;
};

} // namespace presso

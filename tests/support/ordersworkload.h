#pragma once

#include "sqlstorage.h"
#include "testshop.h"

#include <QHash>
#include <random>

namespace presso::test {

// What the clients were told of one order, and the state a request left unanswered
// might have moved it to.
struct Told
{
    QString token;
    OrderState state = OrderState::AwaitingOrder;
    std::optional<int> number;
    std::optional<OrderState> unanswered;
    // The key of the unanswered request, for a retry that must not run it twice.
    QString requestId;
    QString op;
};

// The workload of the crash tests: one request at a time from a kiosk and a barista, and
// the clock moving. Every request carries a requestId, so that one left unanswered by a
// failure can be sent again (settle()) and is executed at most once.
class OrdersWorkload
{
public:
    OrdersWorkload(TestShop &shop, std::mt19937 &random) : m_shop(shop), m_random(random) {}

    void step();
    // Sends every unanswered request again with its requestId until it has a definite
    // answer; false if one still has none after `tries` rounds.
    bool settle(int tries = 5);
    const QHash<QString, Told> &told() const { return m_told; }
    // How many requests were answered ok, and how many refused with INTERNAL.
    int acknowledged() const { return m_acknowledged; }
    int internalErrors() const { return m_internal; }

private:
    QString pick(OrderState state);
    bool anyUnanswered() const;
    void act(const QString &id, const QString &op, OrderState to, const QString &requestId = {});
    WsProbe &probeFor(const QString &op);

    TestShop &m_shop;
    std::mt19937 &m_random;
    QHash<QString, Told> m_told;
    int m_acknowledged = 0;
    int m_internal = 0;
};

// Checks a store against what the clients were told: every acknowledged order there in
// the state it was told (or the one an unanswered request, or a passed deadline, could
// have moved it to), numbers as told and gapless per day, no seq gap in the event log,
// every event a client saw still in it, and no deadline missed or run early. `now` is
// the shop's time. Fails the current test (QVERIFY) on the first difference.
void checkStore(SqlStorage &store, Millis now, const QHash<QString, Told> &told, const QList<EventFrame> &seen);

} // namespace presso::test

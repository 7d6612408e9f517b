#pragma once

#include "clock.h"
#include "storage.h"

#include <QHash>
#include <QHostAddress>
#include <deque>

namespace presso {

// Owns the customers of the phone path (role `customer`): their tokens (kept only as
// hashes, alive 24 hours after their last use), the cap on new tokens per address,
// and which orders each customer owns (redeemed on the phone, or followed).
class Customers
{
public:
    Customers(CustomersStore &storage, Clock &clock) : m_storage(storage), m_clock(clock) {}

    static constexpr qint64 kTokenLifetimeMs = 24 * 60 * 60 * 1000;
    static constexpr qint64 kNewTokenWindowMs = 60 * 1000;
    static constexpr int kNewTokensPerWindow = 20;

    struct Identity
    {
        QString id;
        QString token;
        bool isNew = false;
    };
    // hello: the customer of token when it is known and alive (its 24 hours start again),
    // else a new customer. RATE_LIMITED, with nothing made, when the address already
    // made kNewTokensPerWindow customers in the last minute. In a transaction.
    Result<Identity> identify(const QString &token, const QHostAddress &peer);

    enum class Via { Redeem, Follow };
    // Makes the order the customer's own. In a transaction.
    void link(const Identity &customer, const QString &orderId, const QString &orderToken, Via via);
    bool owns(const QString &customerId, const QString &orderId);
    // The customers that own the order now (its events are routed to them).
    QStringList ownersOf(const QString &orderId) { return m_storage.customersOfOrder(orderId); }
    // An order of the customer's is AWAITING_ORDER, QUEUED or IN_PRODUCTION.
    bool hasOpenOrder(const QString &customerId);
    struct Owned
    {
        OrderId orderId;
        QString orderToken;
    };
    // The customer's orders created since `since` (the start of the shop's day), oldest
    // first, each with its orderToken.
    QList<Owned> ownedSince(const Identity &customer, Millis since);
    // Forgets the customers whose token expired.
    void prune();

    // The key the per-address cap counts under: the IPv4 address, or the /64 prefix of
    // an IPv6 address (one host can pick any address in its /64).
    static QString addressKey(const QHostAddress &peer);

private:
    bool mayMakeNew(const QString &address, Millis now);

    CustomersStore &m_storage;
    Clock &m_clock;
    // When each address made its recent new customers (injected clock, ms).
    QHash<QString, std::deque<Millis>> m_madeBy;
};

} // namespace presso

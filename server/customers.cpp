#include "customers.h"

#include "counter.h"
#include "secrets.h"
#include "serverlogging.h"

#include <QUuid>

namespace presso {

QString Customers::addressKey(const QHostAddress &peer)
{
    bool isV4 = false;
    const quint32 v4 = peer.toIPv4Address(&isV4);
    if (isV4)
        return QHostAddress(v4).toString();
    Q_IPV6ADDR v6 = peer.toIPv6Address();
    for (int i = 8; i < 16; ++i)
        v6[i] = 0;
    return QHostAddress(v6).toString() + QStringLiteral("/64");
}

bool Customers::mayMakeNew(const QString &address, Millis now)
{
    // Forget whole addresses that went quiet, so that the table cannot grow without end.
    if (m_madeBy.size() > 10'000) {
        m_madeBy.removeIf([now](const auto &it) { return it.value().back() <= now - kNewTokenWindowMs; });
    }
    std::deque<Millis> &made = m_madeBy[address];
    while (!made.empty() && made.front() <= now - kNewTokenWindowMs)
        made.pop_front();
    if (made.size() >= size_t(kNewTokensPerWindow))
        return false;
    made.push_back(now);
    return true;
}

Result<Customers::Identity> Customers::identify(const QString &token, const QHostAddress &peer)
{
    const Millis now = m_clock.now();
    if (!token.isEmpty()) {
        const QString hash = secrets::hashToken(token);
        const auto known = m_storage.customerByTokenHash(hash, now - kTokenLifetimeMs);
        if (known && secrets::constantTimeEquals(known->tokenHash, hash)) {
            m_storage.touchCustomer(known->id, now);
            return Identity{known->id, token, false};
        }
    }
    const QString address = addressKey(peer);
    if (!mayMakeNew(address, now)) {
        qCInfo(lcServer) << "too many new customers from" << address;
        return Error{ErrorCode::RateLimited, QStringLiteral("Too many new customers from this address: try again in a minute")};
    }
    Identity made{QUuid::createUuid().toString(QUuid::WithoutBraces), secrets::randomToken(32), true};
    m_storage.insertCustomer({made.id, secrets::hashToken(made.token), now, now});
    return made;
}

void Customers::link(const Identity &customer, const QString &orderId, const QString &orderToken, Via via)
{
    m_storage.linkCustomerOrder({customer.id, orderId,
                                 via == Via::Redeem ? QStringLiteral("redeem") : QStringLiteral("follow"),
                                 secrets::seal(customer.token, orderId, orderToken), m_clock.now()});
}

bool Customers::owns(const QString &customerId, const QString &orderId)
{
    return !customerId.isEmpty() && m_storage.customersOfOrder(orderId).contains(customerId);
}

bool Customers::hasOpenOrder(const QString &customerId)
{
    return m_storage.countOpenCustomerOrders(customerId) > 0;
}

QList<Customers::Owned> Customers::ownedSince(const Identity &customer, Millis since)
{
    QList<Owned> out;
    for (const CustomerLink &link : m_storage.customerLinks(customer.id, since))
        out.append({OrderId{link.orderId}, secrets::unseal(customer.token, link.orderId, link.sealedToken)});
    return out;
}

void Customers::prune()
{
    m_storage.pruneCustomers(m_clock.now() - kTokenLifetimeMs);
}

} // namespace presso

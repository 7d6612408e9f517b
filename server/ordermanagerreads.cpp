// OrderManager's reads: every other part of the server reads orders through these.
#include "ordermanager.h"

#include "policy.h"

#include <limits>

namespace presso {

std::optional<OrderRecord> OrderManager::find(const OrderId &id)
{
    return m_storage.order(id);
}

std::optional<OrderRecord> OrderManager::byNumber(const QString &day, int number)
{
    return m_storage.orderByNumber(day, number);
}

QList<OrderRecord> OrderManager::ofDay(const QString &day)
{
    return m_storage.ordersOfDay(day);
}

QJsonArray OrderManager::current(Role role, const QString &device)
{
    return list(role, device, std::nullopt, std::numeric_limits<int>::max());
}

QJsonArray OrderManager::list(Role role, const QString &device,
                              const std::optional<QStringList> &states, int limit)
{
    const QList<OrderRecord> records =
        states ? m_storage.ordersInStates(*states, limit)
               : m_storage.currentOrders(m_clock.now() - kRecentlyCompletedMs);
    QJsonArray out;
    for (const OrderRecord &r : records) {
        if (out.size() < limit &&
            policy::mayList(role, r.order, !r.kiosk.isEmpty() && r.kiosk == device))
            out.append(policy::orderView(role, r.order));
    }
    return out;
}

QJsonArray OrderManager::ofCustomer(const Customers::Identity &customer)
{
    QJsonArray out;
    for (const Customers::Owned &owned : m_customers.ownedSince(customer, Counter::dayStart(m_clock.now(), m_config.shop().zone()))) {
        if (const auto record = m_storage.order(owned.orderId))
            out.append(ownView(Role::Customer, record->order, owned.orderToken));
    }
    return out;
}

QJsonObject OrderManager::ownView(Role role, const Order &order, const QString &orderToken)
{
    QJsonObject json = policy::orderView(role, order);
    json.insert(QStringLiteral("orderToken"), orderToken);
    return json;
}

std::optional<int> OrderManager::queuePosition(const Order &order)
{
    if (order.state != OrderState::Queued && order.state != OrderState::InProduction)
        return std::nullopt;
    int ahead = 0;
    for (const OrderRecord &r : m_storage.openOrders()) {
        const Order &o = r.order;
        if (o.submittedAt && o.id.value != order.id.value &&
            std::tuple(*o.submittedAt, o.number.value_or(0)) <
                std::tuple(*order.submittedAt, order.number.value_or(0)))
            ++ahead;
    }
    return ahead + 1;
}

} // namespace presso

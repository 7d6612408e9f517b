#include "ordermanager.h"

#include "secrets.h"
#include "serverlogging.h"
#include "wire.h"

namespace presso {

namespace {
Error conflict(const Order &o, const QString &action)
{
    return Error{ErrorCode::Conflict, QStringLiteral("Order %1 is %2 and cannot be %3")
                                          .arg(o.number ? QString::number(*o.number) : o.id.value,
                                               orderStateName(o.state), action)};
}
} // namespace

OrderManager::OrderManager(Storage &storage, Clock &clock, ConfigService &config, Counter &counter,
                           EventLog &events)
    : m_storage(storage)
    , m_clock(clock)
    , m_config(config)
    , m_counter(counter)
    , m_events(events)
{
}

QJsonObject OrderManager::viewFor(Role role, const Order &order)
{
    return role == Role::Display ? order.toPublicJson() : order.toJson();
}

Result<OrderRecord> OrderManager::find(const OrderId &id, const Actor &actor)
{
    auto record = m_storage.order(id);
    if (!record)
        return Error{ErrorCode::NotFound, QStringLiteral("There is no order %1").arg(id.value)};
    if (Roles::customerSide().contains(actor.role)) {
        if (actor.orderToken.isEmpty())
            return Error{ErrorCode::Forbidden, QStringLiteral("A %1 must give the order's orderToken").arg(roleName(actor.role))};
        if (!owns(actor, *record)
            || !secrets::constantTimeEquals(secrets::hashToken(actor.orderToken), record->tokenHash))
            return Error{ErrorCode::Forbidden, QStringLiteral("This is not your order")};
    }
    return *record;
}

bool OrderManager::owns(const Actor &actor, const OrderRecord &record)
{
    if (actor.role == Role::Customer)
        return !actor.customer.isEmpty() && m_storage.customersOfOrder(record.order.id.value).contains(actor.customer);
    return !record.kiosk.isEmpty() && record.kiosk == actor.device;
}

Result<OrderRecord> OrderManager::submit(const OrderId &id, const Actor &actor, const Submission &s)
{
    auto found = find(id, actor);
    if (!found)
        return found.error();
    OrderRecord r = std::move(found).value();
    const Millis now = m_clock.now();
    if (r.order.state == OrderState::TimedOut
        || (r.order.state == OrderState::AwaitingOrder && r.order.deadline && *r.order.deadline <= now))
        return Error{ErrorCode::Expired, QStringLiteral("The time to order has run out: scan the code again")};
    if (r.order.state != OrderState::AwaitingOrder)
        return conflict(r.order, QStringLiteral("submitted again"));
    const auto valid = m_config.menu().validateChoice(s.drink, s.modifiers);
    if (!valid)
        return valid.error();
    if (s.customerName) {
        const auto name = normalizeCustomerName(*s.customerName);
        if (!name)
            return name.error();
        r.order.customerName = *name;
    }
    r.day = Counter::dayOf(now);
    r.order.number = m_counter.next(r.day);
    r.order.state = OrderState::Queued;
    r.order.drink = s.drink;
    r.order.modifiers = s.modifiers;
    r.order.icon = m_config.menu().find(s.drink)->icon;
    r.order.submittedAt = now;
    r.order.deadline = now + qint64(m_config.shop().baristaTimeoutSec) * 1000;
    m_storage.updateOrder(r);
    m_events.appendOrder(EventType::WaitingCompletion, r);
    qCDebug(lcOrders) << "order" << *r.order.number << "queued";
    return r;
}

Result<OrderRecord> OrderManager::claim(const OrderId &id, const Actor &actor)
{
    auto found = find(id, actor);
    if (!found)
        return found.error();
    OrderRecord r = std::move(found).value();
    if (r.order.state != OrderState::Queued)
        return conflict(r.order, QStringLiteral("claimed"));
    r.order.state = OrderState::InProduction;
    r.order.baristaId = actor.device;
    r.order.claimedAt = m_clock.now();
    m_storage.updateOrder(r);
    m_events.appendOrder(EventType::MakeOrder, r);
    return r;
}

Result<OrderRecord> OrderManager::unclaim(const OrderId &id, const Actor &actor)
{
    auto found = find(id, actor);
    if (!found)
        return found.error();
    OrderRecord r = std::move(found).value();
    if (r.order.state != OrderState::InProduction)
        return conflict(r.order, QStringLiteral("unclaimed"));
    r.order.state = OrderState::Queued;
    r.order.baristaId.clear();
    r.order.claimedAt.reset();
    m_storage.updateOrder(r);
    m_events.appendOrder(EventType::MakeOrder, r);
    return r;
}

OrderRecord OrderManager::finish(OrderRecord r, OrderState state, const QString &reason)
{
    const Millis now = m_clock.now();
    r.order.state = state;
    r.order.reason = reason;
    r.order.finishedAt = now;
    r.order.deadline.reset();
    if (state == OrderState::Completed)
        r.order.completedAt = now;
    m_storage.updateOrder(r);
    return r;
}

Result<OrderRecord> OrderManager::complete(const OrderId &id, const Actor &actor)
{
    auto found = find(id, actor);
    if (!found)
        return found.error();
    if (found->order.state != OrderState::InProduction)
        return conflict(found->order, QStringLiteral("completed"));
    const OrderRecord r = finish(std::move(found).value(), OrderState::Completed, QString());
    m_events.appendOrder(EventType::OrderCompleted, r);
    return r;
}

Result<OrderRecord> OrderManager::cancel(const OrderId &id, const Actor &actor)
{
    auto found = find(id, actor);
    if (!found)
        return found.error();
    const OrderState state = found->order.state;
    const bool byCustomer = Roles::customerSide().contains(actor.role);
    if (isTerminal(state) || (byCustomer && state == OrderState::InProduction))
        return conflict(found->order, QStringLiteral("cancelled"));
    const OrderRecord r = finish(std::move(found).value(), OrderState::Cancelled,
                                 byCustomer ? QStringLiteral("customer") : QStringLiteral("barista"));
    m_events.appendOrder(EventType::OrderCancelled, r);
    return r;
}

Result<OrderRecord> OrderManager::recall(const OrderId &id, const Actor &actor)
{
    auto found = find(id, actor);
    if (!found)
        return found.error();
    OrderRecord r = std::move(found).value();
    Order &o = r.order;
    const Millis now = m_clock.now();
    const bool undoable = o.state == OrderState::Completed || o.state == OrderState::Cancelled;
    if (!undoable)
        return conflict(o, QStringLiteral("recalled: only a completed or cancelled order can be"));
    if (!o.finishedAt || now - *o.finishedAt > wire::kRecallWindowMs)
        return Error{ErrorCode::Conflict, QStringLiteral("Order %1 ended more than a minute ago and cannot be recalled")
                                              .arg(o.number ? QString::number(*o.number) : o.id.value)};
    // Where it was: what it had reached before it ended (cancel keeps those stamps).
    if (o.state == OrderState::Completed || o.claimedAt)
        o.state = OrderState::InProduction;
    else if (o.submittedAt)
        o.state = OrderState::Queued;
    else
        o.state = OrderState::AwaitingOrder;
    o.completedAt.reset();
    o.finishedAt.reset();
    o.reason.clear();
    o.deadline = o.submittedAt ? *o.submittedAt + qint64(m_config.shop().baristaTimeoutSec) * 1000
                               : o.createdAt + qint64(m_config.shop().customerTimeoutSec) * 1000;
    m_storage.updateOrder(r);
    m_events.appendOrder(EventType::OrderRecalled, r);
    return r;
}

std::optional<int> OrderManager::queuePosition(const Order &order)
{
    if (order.state != OrderState::Queued && order.state != OrderState::InProduction)
        return std::nullopt;
    int ahead = 0;
    for (const OrderRecord &r : m_storage.openOrders()) {
        const Order &o = r.order;
        if (o.submittedAt && o.id.value != order.id.value
            && std::tuple(*o.submittedAt, o.number.value_or(0)) < std::tuple(*order.submittedAt, order.number.value_or(0)))
            ++ahead;
    }
    return ahead + 1;
}

Result<OrderRecord> OrderManager::get(const OrderId &id, const Actor &actor)
{
    return find(id, actor);
}

} // namespace presso

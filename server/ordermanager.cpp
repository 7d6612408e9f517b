#include "ordermanager.h"

#include "frames.h"
#include "policy.h"
#include "secrets.h"
#include "serverlogging.h"
#include "wire.h"

namespace presso {

namespace {
// {"order":…}, as encodeFrame() writes that object.
QByteArray orderDetailJson(const Order &order)
{
    return "{\"order\":" + encodeOrder(order) + '}';
}

Error conflict(const Order &o, const QString &action)
{
    return Error{ErrorCode::Conflict, QStringLiteral("Order %1 is %2 and cannot be %3")
                                          .arg(o.number ? QString::number(*o.number) : o.id.value,
                                               orderStateName(o.state), action)};
}
} // namespace

OrderManager::OrderManager(OrdersStore &storage, Clock &clock, ConfigService &config, Counter &counter,
                           Customers &customers, EventLog &events)
    : m_storage(storage)
    , m_clock(clock)
    , m_config(config)
    , m_counter(counter)
    , m_customers(customers)
    , m_events(events)
{
}

void OrderManager::save(EventType type, OrderState before, const OrderRecord &r, QJsonObject extra)
{
    m_storage.updateOrder(r);
    m_cache.stored(r, isOpen(before));
    // The order written straight as JSON; the tree is still the in-process subscribers'.
    const QByteArray detailJson = extra.isEmpty() ? orderDetailJson(r.order) : QByteArray();
    extra.insert(QStringLiteral("order"), r.order.toJson());
    const QString id = r.order.id.value;
    m_events.append(m_config.shopId(), type, extra, id, r.kiosk, m_customers.ownersOf(id), detailJson);
}

std::optional<OrderRecord> OrderManager::load(const OrderId &id)
{
    if (auto cached = m_cache.find(id.value))
        return cached;
    auto record = m_storage.order(id);
    if (record)
        m_cache.read(*record);
    return record;
}

Result<OrderRecord> OrderManager::findFor(const OrderId &id, const Actor &actor)
{
    auto record = load(id);
    if (!record)
        return Error{ErrorCode::NotFound, QStringLiteral("There is no order %1").arg(id.value)};
    if (policy::ownsOrders(actor.role)) {
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
        return m_customers.owns(actor.customer, record.order.id.value);
    return !record.kiosk.isEmpty() && record.kiosk == actor.device;
}

Result<OrderRecord> OrderManager::submit(const OrderId &id, const Actor &actor, const Submission &s)
{
    auto found = findFor(id, actor);
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
    r.day = Counter::dayOf(now, m_config.shop().zone());
    r.order.number = m_counter.next(r.day);
    r.order.state = OrderState::Queued;
    r.order.drink = s.drink;
    r.order.modifiers = s.modifiers;
    r.order.icon = m_config.menu().find(s.drink)->icon;
    r.order.submittedAt = now;
    r.order.deadline = now + qint64(m_config.shop().baristaTimeoutSec) * 1000;
    save(EventType::WaitingCompletion, OrderState::AwaitingOrder, r);
    qCDebug(lcOrders) << "order" << *r.order.number << "queued";
    return r;
}

Result<OrderRecord> OrderManager::claim(const OrderId &id, const Actor &actor)
{
    auto found = findFor(id, actor);
    if (!found)
        return found.error();
    OrderRecord r = std::move(found).value();
    if (r.order.state != OrderState::Queued)
        return conflict(r.order, QStringLiteral("claimed"));
    r.order.state = OrderState::InProduction;
    r.order.baristaId = actor.device;
    r.order.claimedAt = m_clock.now();
    save(EventType::MakeOrder, OrderState::Queued, r);
    return r;
}

Result<OrderRecord> OrderManager::unclaim(const OrderId &id, const Actor &actor)
{
    auto found = findFor(id, actor);
    if (!found)
        return found.error();
    OrderRecord r = std::move(found).value();
    if (r.order.state != OrderState::InProduction)
        return conflict(r.order, QStringLiteral("unclaimed"));
    r.order.state = OrderState::Queued;
    r.order.baristaId.clear();
    r.order.claimedAt.reset();
    save(EventType::MakeOrder, OrderState::InProduction, r);
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
    return r;
}

Result<OrderRecord> OrderManager::complete(const OrderId &id, const Actor &actor)
{
    auto found = findFor(id, actor);
    if (!found)
        return found.error();
    if (found->order.state != OrderState::InProduction)
        return conflict(found->order, QStringLiteral("completed"));
    const OrderRecord r = finish(std::move(found).value(), OrderState::Completed, QString());
    save(EventType::OrderCompleted, OrderState::InProduction, r);
    return r;
}

Result<OrderRecord> OrderManager::cancel(const OrderId &id, const Actor &actor)
{
    auto found = findFor(id, actor);
    if (!found)
        return found.error();
    if (!policy::mayCancel(actor.role, found->order.state))
        return conflict(found->order, QStringLiteral("cancelled"));
    const OrderState before = found->order.state;
    const OrderRecord r = finish(std::move(found).value(), OrderState::Cancelled, policy::cancelReason(actor.role));
    save(EventType::OrderCancelled, before, r);
    return r;
}

Result<OrderRecord> OrderManager::recall(const OrderId &id, const Actor &actor)
{
    auto found = findFor(id, actor);
    if (!found)
        return found.error();
    OrderRecord r = std::move(found).value();
    Order &o = r.order;
    const OrderState before = o.state;
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
    save(EventType::OrderRecalled, before, r);
    return r;
}

Result<OrderRecord> OrderManager::get(const OrderId &id, const Actor &actor)
{
    return findFor(id, actor);
}

Result<OrderRecord> OrderManager::withToken(const OrderId &id, const QString &orderToken)
{
    auto record = load(id);
    if (!record)
        return Error{ErrorCode::NotFound, QStringLiteral("There is no order %1").arg(id.value)};
    if (!secrets::constantTimeEquals(secrets::hashToken(orderToken), record->tokenHash))
        return Error{ErrorCode::Forbidden, QStringLiteral("This is not the order's token")};
    return *record;
}

void OrderManager::start(const OrderRecord &record, const std::function<void()> &adopt)
{
    m_storage.insertOrder(record);
    m_cache.stored(record, false);
    if (adopt)
        adopt();
    const QString id = record.order.id.value;
    m_events.append(m_config.shopId(), EventType::WorkflowStarted, {{QStringLiteral("order"), record.order.toJson()}}, id,
                    record.kiosk, m_customers.ownersOf(id), orderDetailJson(record.order));
}

void OrderManager::timeOutDue(Millis now)
{
    for (const OrderRecord &due : m_storage.dueOrders(now)) {
        const bool customer = due.order.state == OrderState::AwaitingOrder;
        const OrderRecord r = finish(due, OrderState::TimedOut,
                                     customer ? QStringLiteral("customer_timeout") : QStringLiteral("barista_timeout"));
        save(EventType::OrderTimeOut, due.order.state, r,
             {{QStringLiteral("cause"), customer ? QStringLiteral("customer") : QStringLiteral("barista")}});
        qCInfo(lcOrders) << "order" << r.order.id.value << "timed out:" << r.order.reason;
    }
}

int OrderManager::countOpen()
{
    if (const auto count = m_cache.openCount())
        return *count;
    const int count = m_storage.countOpenOrders();
    m_cache.setOpenCount(count);
    return count;
}

std::optional<Millis> OrderManager::nextDeadline()
{
    return m_storage.nextDeadline();
}

} // namespace presso

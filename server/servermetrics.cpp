#include "servermetrics.h"

#include "ops.h"
#include "order.h"
#include "session.h"

#include <prometheus/counter.h>
#include <prometheus/gauge.h>
#include <prometheus/histogram.h>
#include <prometheus/registry.h>
#include <prometheus/text_serializer.h>

namespace presso {

namespace {
// From a cached read (tens of microseconds) to a slow disk's fsync (a second).
const prometheus::Histogram::BucketBoundaries kLatencyBuckets{
    0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5};

// The events that move an order into a state. OrderFinished repeats a terminal one.
bool changesOrderState(EventType type)
{
    switch (type) {
    case EventType::WorkflowStarted:
    case EventType::WaitingCompletion:
    case EventType::MakeOrder:
    case EventType::OrderCompleted:
    case EventType::OrderCancelled:
    case EventType::OrderTimeOut:
    case EventType::OrderRecalled:
        return true;
    default:
        return false;
    }
}

std::string str(const QString &s)
{
    return s.toStdString();
}
} // namespace

ServerMetrics::ServerMetrics()
    : m_registry(std::make_shared<prometheus::Registry>())
    , m_orders(prometheus::BuildCounter()
                   .Name("presso_orders_total")
                   .Help("Orders reaching each state (an unclaimed order reaches QUEUED again).")
                   .Register(*m_registry))
    , m_connections(prometheus::BuildGauge()
                        .Name("presso_connections")
                        .Help("Open WebSocket connections by role; role \"none\" before hello.")
                        .Register(*m_registry))
    , m_events(prometheus::BuildCounter()
                   .Name("presso_events_total")
                   .Help("Events committed and published.")
                   .Register(*m_registry)
                   .Add({}))
    , m_requests(prometheus::BuildHistogram()
                     .Name("presso_request_duration_seconds")
                     .Help("Time to execute one request, by op, not counting the group commit.")
                     .Register(*m_registry))
    , m_commits(prometheus::BuildHistogram()
                    .Name("presso_commit_duration_seconds")
                    .Help("Time of one commit to storage (a group commit counts once).")
                    .Register(*m_registry)
                    .Add({}, kLatencyBuckets))
{
    // Every state and role is there from the start at zero, so that rates and
    // absences read right on the first scrape.
    addShop(mainShopId());
    for (const Role role : allRoles())
        connections(roleName(role));
    connections(QStringLiteral("none"));
}

ServerMetrics::~ServerMetrics() = default;

void ServerMetrics::addShop(const QString &shop)
{
    for (const OrderState state : {OrderState::AwaitingOrder, OrderState::Queued, OrderState::InProduction,
                                   OrderState::Completed, OrderState::Cancelled, OrderState::TimedOut})
        orders(shop, orderStateName(state));
}

prometheus::Counter &ServerMetrics::orders(const QString &shop, const QString &state)
{
    const auto key = std::make_pair(shop, state);
    auto it = m_orderCounters.constFind(key);
    if (it == m_orderCounters.constEnd())
        it = m_orderCounters.insert(key, &m_orders.Add({{"shop", str(shop)}, {"state", str(state)}}));
    return **it;
}

void ServerMetrics::requestServed(const QString &op, double seconds)
{
    // A client chooses the op string: only the table's names become label values.
    const QString label = findOp(op) ? op : QStringLiteral("unknown");
    auto it = m_requestHistograms.constFind(label);
    if (it == m_requestHistograms.constEnd())
        it = m_requestHistograms.insert(label, &m_requests.Add({{"op", str(label)}}, kLatencyBuckets));
    (*it)->Observe(seconds);
}

void ServerMetrics::committed(double seconds)
{
    m_commits.Observe(seconds);
}

void ServerMetrics::published(const StoredEvent &event)
{
    m_events.Increment();
    if (!changesOrderState(event.event.type))
        return;
    const QString state = event.event.detail.value(QStringLiteral("order")).toObject().value(QStringLiteral("state")).toString();
    // Only the states there are: a stored event's text never becomes a label by itself.
    if (orderStateFromName(state))
        orders(event.shop, state).Increment();
}

prometheus::Gauge &ServerMetrics::connections(const QString &role)
{
    auto it = m_connectionGauges.constFind(role);
    if (it == m_connectionGauges.constEnd())
        it = m_connectionGauges.insert(role, &m_connections.Add({{"role", str(role)}}));
    return **it;
}

QByteArray ServerMetrics::scrape(const QList<Session *> &sessions)
{
    QHash<QString, int> counts;
    for (const Session *s : sessions) {
        if (!s->closed)
            ++counts[s->authenticated ? roleName(s->role) : QStringLiteral("none")];
    }
    if (m_heldBeforeHello)
        counts[QStringLiteral("none")] += m_heldBeforeHello();
    for (auto it = m_connectionGauges.constBegin(); it != m_connectionGauges.constEnd(); ++it)
        (*it)->Set(counts.value(it.key()));
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
        connections(it.key()).Set(it.value());
    return QByteArray::fromStdString(prometheus::TextSerializer().Serialize(m_registry->Collect()));
}

} // namespace presso

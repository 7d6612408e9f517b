#pragma once

#include "storage.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <functional>
#include <memory>

namespace prometheus {
class Counter;
class Gauge;
class Histogram;
class Registry;
template<typename T>
class Family;
} // namespace prometheus

namespace presso {

struct Session;

// The Prometheus metrics of protocol.md's GET /metrics, fed from the server's own code
// paths: requests by the dispatcher's caller, commits by the transactor, order states and
// events by the publisher (after the commit, so that a rolled-back change never counts),
// connections from the live sessions at scrape time. Labels are fixed names (ops, roles,
// states, the shop's id): never a customer name, a code or a token.
class ServerMetrics
{
public:
    ServerMetrics();
    ~ServerMetrics();

    // Every order state of the shop appears from now on, at zero until it counts.
    void addShop(const QString &shop);

    // op: as the client sent it; anything not in the op table is counted as "unknown".
    void requestServed(const QString &op, double seconds);
    void committed(double seconds);
    void published(const StoredEvent &event);

    // The text exposition format, version 0.0.4. Connections before hello are the
    // sessions without one and those the accept thread holds (heldBeforeHello).
    QByteArray scrape(const QList<Session *> &sessions);
    void setHeldBeforeHello(std::function<int()> count) { m_heldBeforeHello = std::move(count); }
    static constexpr const char *kContentType = "text/plain; version=0.0.4; charset=utf-8";

private:
    prometheus::Gauge &connections(const QString &role);
    prometheus::Counter &orders(const QString &shop, const QString &state);

    std::shared_ptr<prometheus::Registry> m_registry;
    prometheus::Family<prometheus::Counter> &m_orders;
    prometheus::Family<prometheus::Gauge> &m_connections;
    prometheus::Counter &m_events;
    prometheus::Family<prometheus::Histogram> &m_requests;
    prometheus::Histogram &m_commits;
    QHash<std::pair<QString, QString>, prometheus::Counter *> m_orderCounters; // by (shop, state)
    QHash<QString, prometheus::Gauge *> m_connectionGauges;
    QHash<QString, prometheus::Histogram *> m_requestHistograms;
    std::function<int()> m_heldBeforeHello;
};

} // namespace presso

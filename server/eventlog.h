#pragma once

#include "clock.h"
#include "storage.h"

#include <functional>

namespace presso {

// The in-process event bus and the event log in one: append() stores the event in
// the running transaction, tells in-process subscribers at once, and keeps it
// pending until the transaction commits; only then is it handed to the publisher.
class EventLog
{
public:
    using Subscriber = std::function<void(const StoredEvent &)>;

    EventLog(Storage &storage, Clock &clock);

    // Must be called inside a transaction.
    StoredEvent append(EventType type, const QJsonObject &detail, const QString &orderId = {},
                       const QString &owner = {}, const QStringList &customers = {});
    // An order event: detail {order: ...} plus extra, routed to the order's kiosk and
    // to the customers that own it at this moment.
    StoredEvent appendOrder(EventType type, const OrderRecord &order, QJsonObject extra = {});

    void subscribe(Subscriber subscriber);

    QList<StoredEvent> takePending();
    void discardPending() { m_pending.clear(); }
    qsizetype pendingCount() const { return m_pending.size(); }
    void discardPendingFrom(qsizetype mark) { m_pending.resize(std::min(mark, m_pending.size())); }

private:
    Storage &m_storage;
    Clock &m_clock;
    QList<Subscriber> m_subscribers;
    QList<StoredEvent> m_pending;
};

} // namespace presso

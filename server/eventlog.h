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

    EventLog(EventsStore &storage, const Transactions &transactions, Clock &clock);

    // Must be called inside a transaction. shop: the shop the event is about; only its
    // sessions receive it. detailJson: detail's compact JSON when the caller has written
    // it already (the same bytes as encodeFrame(detail)).
    StoredEvent append(const QString &shop, EventType type, const QJsonObject &detail,
                       const QString &orderId = {}, const QString &owner = {},
                       const QStringList &customers = {}, const QByteArray &detailJson = {});
    // The log as it stands: the events after seq, and the newest seq given.
    QList<StoredEvent> after(qint64 seq, int limit) { return m_storage.eventsAfter(seq, limit); }
    qint64 lastSeq() { return m_storage.eventBounds().last; }

    void subscribe(Subscriber subscriber);

    QList<StoredEvent> takePending();
    void discardPending() { m_pending.clear(); }
    qsizetype pendingCount() const { return m_pending.size(); }
    void discardPendingFrom(qsizetype mark) { m_pending.resize(std::min(mark, m_pending.size())); }

private:
    EventsStore &m_storage;
    const Transactions &m_transactions;
    Clock &m_clock;
    QList<Subscriber> m_subscribers;
    QList<StoredEvent> m_pending;
};

} // namespace presso

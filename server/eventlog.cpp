#include "eventlog.h"

#include "frames.h"

#include <QUuid>

namespace presso {

EventLog::EventLog(EventsStore &storage, const Transactions &transactions, Clock &clock)
    : m_storage(storage)
    , m_transactions(transactions)
    , m_clock(clock)
{
}

StoredEvent EventLog::append(const QString &shop, EventType type, const QJsonObject &detail,
                             const QString &orderId, const QString &owner, const QStringList &customers,
                             const QByteArray &detailJson)
{
    Q_ASSERT(m_transactions.inTransaction());
    StoredEvent e;
    e.event.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    e.event.type = type;
    e.event.time = m_clock.now();
    e.event.detail = detail;
    e.detailJson = detailJson.isEmpty() ? encodeFrame(detail) : detailJson;
    e.orderId = orderId;
    e.owner = owner;
    e.customers = customers;
    e.shop = shop;
    e.seq = m_storage.appendEvent(e);
    m_pending.append(e);
    for (const Subscriber &s : std::as_const(m_subscribers))
        s(e);
    return e;
}

QByteArray detailText(const StoredEvent &event)
{
    return event.detailJson.isEmpty() ? encodeFrame(event.event.detail) : event.detailJson;
}

void EventLog::subscribe(Subscriber subscriber)
{
    m_subscribers.append(std::move(subscriber));
}

QList<StoredEvent> EventLog::takePending()
{
    return std::exchange(m_pending, {});
}

} // namespace presso

#pragma once

#include "storagerecords.h"

#include <QHash>
#include <optional>

namespace presso {

// The open orders of one shop as this server last read or wrote them, and how many are
// open, so that an action on an order does not read it back from the store. Correct
// only inside a transaction: the Transactor drops it when another writer has committed
// since (checked after the write lock is taken) and on every rollback.
class OrderCache
{
public:
    std::optional<OrderRecord> find(const QString &id) const
    {
        const auto it = m_open.constFind(id);
        return it == m_open.constEnd() ? std::nullopt : std::optional<OrderRecord>(*it);
    }

    // The order as stored now; wasOpen: whether it was open before this write (a new
    // order was not).
    void stored(const OrderRecord &record, bool wasOpen)
    {
        const bool open = isOpen(record.order.state);
        if (open)
            m_open.insert(record.order.id.value, record);
        else
            m_open.remove(record.order.id.value);
        if (m_openCount)
            *m_openCount += int(open) - int(wasOpen);
    }

    // An order read from the store: kept if it is open.
    void read(const OrderRecord &record)
    {
        if (isOpen(record.order.state))
            m_open.insert(record.order.id.value, record);
    }

    std::optional<int> openCount() const { return m_openCount; }
    void setOpenCount(int count) { m_openCount = count; }

    void drop()
    {
        m_open.clear();
        m_openCount.reset();
    }

private:
    QHash<QString, OrderRecord> m_open;
    std::optional<int> m_openCount;
};

} // namespace presso

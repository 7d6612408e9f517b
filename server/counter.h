#pragma once

#include "storage.h"

namespace presso {

// Owns the order numbers: 1, 2, 3 ... restarting at 1 on each local day of the server.
class Counter
{
public:
    explicit Counter(NumbersStore &storage) : m_storage(storage) {}

    // The local day of a moment, "yyyy-MM-dd".
    static QString dayOf(Millis ms);
    // The local midnight that starts ms's day.
    static Millis dayStart(Millis ms);
    // The next number of ms's day. In a transaction.
    int next(const QString &day) { return m_storage.nextNumber(day); }

private:
    NumbersStore &m_storage;
};

} // namespace presso

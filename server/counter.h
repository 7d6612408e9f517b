#pragma once

#include "storage.h"

#include <QTimeZone>

namespace presso {

// Owns the order numbers: 1, 2, 3 ... restarting at 1 on each local day of the shop.
class Counter
{
public:
    explicit Counter(NumbersStore &storage) : m_storage(storage) {}

    // The day of a moment in a zone (the shop's timeZone), "yyyy-MM-dd".
    static QString dayOf(Millis ms, const QTimeZone &zone = QTimeZone::systemTimeZone());
    // The midnight in that zone that starts ms's day.
    static Millis dayStart(Millis ms, const QTimeZone &zone = QTimeZone::systemTimeZone());
    // The next number of ms's day. In a transaction.
    int next(const QString &day) { return m_storage.nextNumber(day); }

private:
    NumbersStore &m_storage;
};

} // namespace presso

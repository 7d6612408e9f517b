#include "counter.h"

#include <QDateTime>

namespace presso {

QString Counter::dayOf(Millis ms, const QTimeZone &zone)
{
    return QDateTime::fromMSecsSinceEpoch(ms, zone).date().toString(Qt::ISODate);
}

Millis Counter::dayStart(Millis ms, const QTimeZone &zone)
{
    return QDateTime::fromMSecsSinceEpoch(ms, zone).date().startOfDay(zone).toMSecsSinceEpoch();
}

} // namespace presso

#include "counter.h"

#include <QDateTime>

namespace presso {

QString Counter::dayOf(Millis ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).date().toString(Qt::ISODate);
}

Millis Counter::dayStart(Millis ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).date().startOfDay().toMSecsSinceEpoch();
}

} // namespace presso

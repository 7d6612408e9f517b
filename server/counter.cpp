#include "counter.h"

#include <QDateTime>

namespace presso {

QString Counter::dayOf(Millis ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).date().toString(Qt::ISODate);
}

} // namespace presso

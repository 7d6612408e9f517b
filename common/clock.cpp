#include "clock.h"

#include <QDateTime>

namespace presso {

Clock::~Clock() = default;

Millis SystemClock::now() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

ManualClock::ManualClock(Millis start, QObject *parent)
    : Clock(parent)
    , m_now(start)
{
}

void ManualClock::setNow(Millis ms)
{
    m_now = ms;
    Q_EMIT jumped();
}

void ManualClock::advance(Millis ms)
{
    setNow(m_now + ms);
}

} // namespace presso

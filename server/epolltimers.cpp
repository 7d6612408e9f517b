// EpollEventDispatcher's timers, with the semantics of Qt's own dispatchers
// (QTimerInfoList): coarse timers are kept precise (within their 5 %), very coarse ones
// count whole seconds, and a timer fires at most once a turn and never re-enters itself.
#include "epolldispatcher.h"

#include <QCoreApplication>
#include <QTimerEvent>

namespace presso {

namespace {
constexpr qint64 NsPerMs = 1000 * 1000;
constexpr qint64 NsPerSecond = 1000 * NsPerMs;
} // namespace

void EpollEventDispatcher::registerTimer(int timerId, qint64 interval, Qt::TimerType timerType,
                                         QObject *object)
{
    auto timer = std::make_unique<Timer>();
    timer->id = timerId;
    timer->interval = interval;
    timer->type = timerType;
    timer->object = object;
    timer->serial = ++m_timerSerial;
    const qint64 now = monotonicNs();
    if (timerType == Qt::CoarseTimer && interval >= 20000)
        timer->type = Qt::VeryCoarseTimer; // as Qt does
    if (timer->type == Qt::VeryCoarseTimer) {
        timer->interval = ((interval / 500) + 1) >> 1; // whole seconds, rounded
        timer->deadline = (now / NsPerSecond + timer->interval) * NsPerSecond;
    } else {
        timer->deadline = now + interval * NsPerMs;
    }
    const auto it = m_timers.emplace(timer->deadline, std::move(timer));
    m_timerById.insert(timerId, it);
}

std::unique_ptr<EpollEventDispatcher::Timer> EpollEventDispatcher::takeTimer(int timerId)
{
    const auto byId = m_timerById.find(timerId);
    if (byId == m_timerById.end())
        return nullptr;
    std::unique_ptr<Timer> timer = std::move(byId.value()->second);
    m_timers.erase(byId.value());
    m_timerById.erase(byId);
    return timer;
}

bool EpollEventDispatcher::unregisterTimer(int timerId)
{
    std::unique_ptr<Timer> timer = takeTimer(timerId);
    if (!timer)
        return false;
    if (timer->activeRef)
        *timer->activeRef = nullptr; // its handler is running: tell activateTimers
    return true;
}

bool EpollEventDispatcher::unregisterTimers(QObject *object)
{
    QList<int> ids;
    for (const auto &[deadline, timer] : m_timers)
        if (timer->object == object)
            ids.append(timer->id);
    for (const int id : std::as_const(ids))
        unregisterTimer(id);
    return !ids.isEmpty();
}

QList<QAbstractEventDispatcher::TimerInfo> EpollEventDispatcher::registeredTimers(QObject *object) const
{
    QList<TimerInfo> list;
    for (const auto &[deadline, timer] : m_timers)
        if (timer->object == object)
            list.append({timer->id,
                         int(timer->type == Qt::VeryCoarseTimer ? timer->interval * 1000 : timer->interval),
                         timer->type});
    return list;
}

int EpollEventDispatcher::remainingTime(int timerId)
{
    const auto byId = m_timerById.find(timerId);
    if (byId == m_timerById.end())
        return -1;
    const qint64 left = byId.value()->second->deadline - monotonicNs();
    return left <= 0 ? 0 : int((left + NsPerMs - 1) / NsPerMs);
}

qint64 EpollEventDispatcher::nextTimerWaitNs(qint64 now) const
{
    // The first timer whose handler is not running now (a nested loop inside a handler
    // must not spin on its own timer).
    for (const auto &[deadline, timer] : m_timers)
        if (!timer->activeRef)
            return qMax<qint64>(0, deadline - now);
    return -1;
}

void EpollEventDispatcher::scheduleTimer(std::unique_ptr<Timer> timer, qint64 now)
{
    if (timer->type == Qt::VeryCoarseTimer) {
        const qint64 step = timer->interval * NsPerSecond;
        timer->deadline += step;
        if (timer->deadline <= now)
            timer->deadline = (now / NsPerSecond) * NsPerSecond + step;
    } else {
        const qint64 step = timer->interval * NsPerMs;
        timer->deadline += step;
        if (timer->deadline < now) // fell behind: no burst to catch up
            timer->deadline = now + step;
    }
    const int id = timer->id;
    const auto it = m_timers.emplace(timer->deadline, std::move(timer));
    m_timerById.insert(id, it);
}

int EpollEventDispatcher::activateTimers()
{
    if (m_timers.empty())
        return 0;
    const qint64 now = monotonicNs();
    // Only the timers due now, each once: a zero timer re-armed by its own handler waits
    // for the next turn, so socket notifiers and posted events are not starved.
    QVarLengthArray<std::pair<int, quint64>, 32> due;
    for (auto it = m_timers.begin(); it != m_timers.end() && it->first <= now; ++it)
        due.append({it->second->id, it->second->serial});

    int activated = 0;
    for (const auto &[id, serial] : due) {
        const auto byId = m_timerById.find(id);
        if (byId == m_timerById.end() || byId.value()->second->serial != serial)
            continue; // stopped (or replaced) by an earlier handler
        std::unique_ptr<Timer> owned = takeTimer(id);
        Timer *timer = owned.get();
        scheduleTimer(std::move(owned), now);
        if (timer->interval > 0)
            ++activated;
        if (timer->activeRef)
            continue; // its handler is running further up the stack
        timer->activeRef = &timer;
        QTimerEvent event(id);
        QCoreApplication::sendEvent(timer->object, &event);
        if (timer) // the handler may have stopped it
            timer->activeRef = nullptr;
    }
    return activated;
}

} // namespace presso

#pragma once

#include <QAbstractEventDispatcher>
#include <QAtomicInt>
#include <QHash>
#include <QList>

#include <sys/epoll.h>

#include <map>
#include <memory>
#include <vector>

namespace presso {

// The server's event dispatcher: Linux epoll, so that a turn of the loop costs what is
// ready, not what is connected (Qt's own dispatchers poll() every socket every turn).
// Timers follow Qt's semantics: each fires at most once a turn, never inside its own
// handler, and a zero timer once per turn. Cross-thread wakeUp() writes an eventfd.
class EpollEventDispatcher : public QAbstractEventDispatcher
{
    Q_OBJECT
public:
    explicit EpollEventDispatcher(QObject *parent = nullptr);
    ~EpollEventDispatcher() override;

    bool processEvents(QEventLoop::ProcessEventsFlags flags) override;

    void registerSocketNotifier(QSocketNotifier *notifier) override;
    void unregisterSocketNotifier(QSocketNotifier *notifier) override;

    void registerTimer(int timerId, qint64 interval, Qt::TimerType timerType,
                       QObject *object) override;
    bool unregisterTimer(int timerId) override;
    bool unregisterTimers(QObject *object) override;
    QList<TimerInfo> registeredTimers(QObject *object) const override;
    int remainingTime(int timerId) override;

    void wakeUp() override;
    void interrupt() override;

    // For tests and the benchmark: how many file descriptors epoll watches.
    int watchedDescriptors() const { return int(m_fds.size()); }

private:
    struct Watch
    {
        QSocketNotifier *notifier[3] = {nullptr, nullptr, nullptr}; // read, write, exception
        quint32 applied = 0; // the events mask the kernel has
        quint8 pending = 0;  // notifiers (bit per kind) found ready, not yet activated
        bool inKernel = false;
        bool dirty = false;
    };
    struct Timer
    {
        int id;
        qint64 interval; // ms; seconds for very coarse timers
        Qt::TimerType type;
        QObject *object;
        qint64 deadline; // ns on the monotonic clock
        quint64 serial; // tells a timer from a later one that reuses its id
        Timer **activeRef = nullptr; // set while its event is being delivered
    };
    using TimerQueue = std::multimap<qint64, std::unique_ptr<Timer>>;

    static qint64 monotonicNs();
    quint32 wantedEvents(const Watch &watch) const;
    void applyChanges();
    void collectReady(int readyCount);
    void forget(int fd, Watch &watch);
    int activateNotifiers();
    void dropPending();
    int activateTimers();
    qint64 nextTimerWaitNs(qint64 now) const;
    void scheduleTimer(std::unique_ptr<Timer> timer, qint64 now);
    std::unique_ptr<Timer> takeTimer(int timerId);

    int m_epoll = -1;
    int m_wakeFd = -1;
    QAtomicInt m_wakeUps = 0;
    QAtomicInt m_interrupted = 0;
    quint64 m_timerSerial = 0;

    QHash<int, Watch> m_fds;
    QList<int> m_dirty;
    QList<int> m_pending; // descriptors with a notifier found ready
    std::vector<epoll_event> m_events;

    TimerQueue m_timers;
    QHash<int, TimerQueue::iterator> m_timerById;
};

} // namespace presso

#include "epolldispatcher.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QThread>

#include <cerrno>
#include <sys/eventfd.h>
#include <time.h>
#include <unistd.h>

namespace presso {

namespace {

constexpr qint64 NsPerMs = 1000 * 1000;
constexpr qint64 NsPerSecond = 1000 * NsPerMs;
// Qt's poll dispatcher reports these to the read, write and exception notifiers.
constexpr quint32 ReadReady = EPOLLIN | EPOLLHUP | EPOLLERR;
constexpr quint32 WriteReady = EPOLLOUT | EPOLLERR;
constexpr quint32 ExceptionReady = EPOLLPRI;
constexpr quint32 Wanted[3] = {EPOLLIN, EPOLLOUT, EPOLLPRI};
constexpr quint32 Ready[3] = {ReadReady, WriteReady, ExceptionReady};

int kindOf(const QSocketNotifier *notifier)
{
    switch (notifier->type()) {
    case QSocketNotifier::Read: return 0;
    case QSocketNotifier::Write: return 1;
    case QSocketNotifier::Exception: return 2;
    }
    return 0;
}

} // namespace

qint64 EpollEventDispatcher::monotonicNs()
{
    timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * NsPerSecond + ts.tv_nsec;
}

EpollEventDispatcher::EpollEventDispatcher(QObject *parent)
    : QAbstractEventDispatcher(parent)
    , m_epoll(epoll_create1(EPOLL_CLOEXEC))
    , m_wakeFd(eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK))
    , m_events(1024)
{
    if (m_epoll < 0 || m_wakeFd < 0)
        qFatal("EpollEventDispatcher: cannot create epoll or eventfd: %s", strerror(errno));
    epoll_event ev{};
    ev.events = EPOLLIN;
    ev.data.fd = m_wakeFd;
    epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_wakeFd, &ev);
}

EpollEventDispatcher::~EpollEventDispatcher()
{
    close(m_wakeFd);
    close(m_epoll);
}

// --- socket notifiers ---------------------------------------------------------------
// Changes reach the kernel just before the next wait, so that a write notifier switched
// on and off again within one turn (every send to a screen) costs no system call.

quint32 EpollEventDispatcher::wantedEvents(const Watch &watch) const
{
    quint32 events = 0;
    for (int kind = 0; kind < 3; ++kind)
        if (watch.notifier[kind])
            events |= Wanted[kind];
    return events;
}

void EpollEventDispatcher::registerSocketNotifier(QSocketNotifier *notifier)
{
    const int fd = int(notifier->socket());
    Watch &watch = m_fds[fd];
    QSocketNotifier *&slot = watch.notifier[kindOf(notifier)];
    if (slot && slot != notifier)
        qWarning("EpollEventDispatcher: a second notifier of one kind for socket %d", fd);
    slot = notifier;
    if (!watch.dirty) {
        watch.dirty = true;
        m_dirty.append(fd);
    }
}

void EpollEventDispatcher::unregisterSocketNotifier(QSocketNotifier *notifier)
{
    const int fd = int(notifier->socket());
    const auto it = m_fds.find(fd);
    if (it == m_fds.end())
        return;
    const int kind = kindOf(notifier);
    if (it->notifier[kind] != notifier)
        return;
    it->notifier[kind] = nullptr;
    it->pending &= ~(1u << kind);
    if (wantedEvents(*it) == 0) {
        // Now, while the descriptor is still open: once closed, its number may come back
        // with a new socket, which the kernel's watch list must not confuse with this one.
        forget(fd, *it);
        m_fds.erase(it);
    } else if (!it->dirty) {
        it->dirty = true;
        m_dirty.append(fd);
    }
}

void EpollEventDispatcher::forget(int fd, Watch &watch)
{
    if (watch.inKernel)
        epoll_ctl(m_epoll, EPOLL_CTL_DEL, fd, nullptr);
    watch.inKernel = false;
}

void EpollEventDispatcher::applyChanges()
{
    for (const int fd : std::as_const(m_dirty)) {
        const auto it = m_fds.find(fd);
        if (it == m_fds.end() || !it->dirty)
            continue;
        it->dirty = false;
        const quint32 wanted = wantedEvents(*it);
        if (it->inKernel && wanted == it->applied)
            continue;
        epoll_event ev{};
        ev.events = wanted;
        ev.data.fd = fd;
        int op = it->inKernel ? EPOLL_CTL_MOD : EPOLL_CTL_ADD;
        if (epoll_ctl(m_epoll, op, fd, &ev) != 0) {
            op = (errno == EEXIST) ? EPOLL_CTL_MOD : EPOLL_CTL_ADD;
            if (epoll_ctl(m_epoll, op, fd, &ev) != 0) {
                qWarning("EpollEventDispatcher: cannot watch socket %d: %s", fd, strerror(errno));
                continue;
            }
        }
        it->inKernel = true;
        it->applied = wanted;
    }
    m_dirty.clear();
}

void EpollEventDispatcher::collectReady(int readyCount)
{
    for (int i = 0; i < readyCount; ++i) {
        const epoll_event &ev = m_events[size_t(i)];
        if (ev.data.fd == m_wakeFd) {
            eventfd_t value;
            eventfd_read(m_wakeFd, &value);
            m_wakeUps.storeRelease(0);
            continue;
        }
        const auto it = m_fds.find(ev.data.fd);
        if (it == m_fds.end())
            continue;
        quint8 ready = 0;
        for (int kind = 0; kind < 3; ++kind)
            if (it->notifier[kind] && (ev.events & Ready[kind]))
                ready |= quint8(1u << kind);
        if (ready && !it->pending)
            m_pending.append(ev.data.fd);
        it->pending |= ready;
    }
}

int EpollEventDispatcher::activateNotifiers()
{
    int activated = 0;
    // Handlers may unregister, delete or add notifiers: look each one up again.
    for (qsizetype i = 0; i < m_pending.size(); ++i) {
        const int fd = m_pending.at(i);
        for (int kind = 0; kind < 3; ++kind) {
            const auto it = m_fds.find(fd);
            if (it == m_fds.end())
                break;
            if (!(it->pending & (1u << kind)))
                continue;
            it->pending &= ~(1u << kind);
            QEvent event(QEvent::SockAct);
            QCoreApplication::sendEvent(it->notifier[kind], &event);
            ++activated;
        }
    }
    m_pending.clear();
    return activated;
}

void EpollEventDispatcher::dropPending()
{
    for (const int fd : std::as_const(m_pending)) {
        const auto it = m_fds.find(fd);
        if (it != m_fds.end())
            it->pending = 0;
    }
    m_pending.clear();
}

// --- the loop -----------------------------------------------------------------------

bool EpollEventDispatcher::processEvents(QEventLoop::ProcessEventsFlags flags)
{
    m_interrupted.storeRelaxed(0);
    Q_EMIT awake();
    QCoreApplication::sendPostedEvents();

    const bool includeTimers = !(flags & QEventLoop::X11ExcludeTimers);
    const bool includeNotifiers = !(flags & QEventLoop::ExcludeSocketNotifiers);
    // A post from another thread, or one made by the handlers above, writes the eventfd,
    // so blocking here never strands a posted event.
    const bool canWait = (flags & QEventLoop::WaitForMoreEvents) && !m_interrupted.loadRelaxed();
    if (canWait)
        Q_EMIT aboutToBlock();
    if (m_interrupted.loadRelaxed())
        return false;

    int timeoutMs = 0;
    if (canWait) {
        const qint64 waitNs = includeTimers ? nextTimerWaitNs(monotonicNs()) : -1;
        // Qt rounds a timer's wait up to the millisecond; so does epoll.
        timeoutMs = waitNs < 0 ? -1 : int((waitNs + NsPerMs - 1) / NsPerMs);
    }
    applyChanges();
    int ready = epoll_wait(m_epoll, m_events.data(), int(m_events.size()), timeoutMs);
    if (ready < 0) {
        if (errno != EINTR)
            qWarning("EpollEventDispatcher: epoll_wait: %s", strerror(errno));
        ready = 0;
    }
    collectReady(ready);
    if (ready == int(m_events.size()) && m_events.size() < 65536)
        m_events.resize(m_events.size() * 2);

    int activated = 0;
    if (includeNotifiers)
        activated += activateNotifiers();
    else
        dropPending(); // level-triggered: still ready next turn, and reported again
    if (includeTimers)
        activated += activateTimers();
    return activated > 0;
}

void EpollEventDispatcher::wakeUp()
{
    if (m_wakeUps.testAndSetAcquire(0, 1))
        eventfd_write(m_wakeFd, 1);
}

void EpollEventDispatcher::interrupt()
{
    m_interrupted.storeRelaxed(1);
    wakeUp();
}

} // namespace presso

#include "walsyncer.h"

#include "serverlogging.h"

#include <sqlite3.h>

namespace presso {

WalSyncer::WalSyncer()
    : m_thread([this] { loop(); })
{
}

WalSyncer::~WalSyncer()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

void WalSyncer::committed(sqlite3_file *wal)
{
    {
        std::lock_guard lock(m_mutex);
        m_wal = wal;
        ++m_requested;
    }
    m_wake.notify_all();
}

void WalSyncer::loop()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] {
            return m_stop || (m_requested > m_synced && !m_failed && (!m_held || m_settling));
        });
        if (m_stop)
            return;
        // Every frame of the commits up to here was written before this sync begins.
        const quint64 target = m_requested;
        sqlite3_file *wal = m_wal;
        lock.unlock();
        const int rc = wal && wal->pMethods ? wal->pMethods->xSync(wal, SQLITE_SYNC_NORMAL) : SQLITE_MISUSE;
        lock.lock();
        if (rc == SQLITE_OK) {
            m_synced = target;
        } else {
            m_failed = true;
            qCCritical(lcStorage) << "the write-ahead log could not be synced (" << rc
                                  << "): nothing committed from now on is acknowledged";
        }
        m_done.notify_all();
        QMetaObject::invokeMethod(this, &WalSyncer::flush, Qt::QueuedConnection);
    }
}

void WalSyncer::whenDurable(std::function<void(bool)> then)
{
    bool now = false;
    bool durable = false;
    {
        std::lock_guard lock(m_mutex);
        const quint64 commit = m_requested;
        const bool decided = commit <= m_synced || m_failed;
        if (decided && !m_flushing && m_waiting.empty()) {
            now = true;
            durable = commit <= m_synced;
        } else {
            m_waiting.push_back({commit, std::move(then)});
            if (decided)
                QMetaObject::invokeMethod(this, &WalSyncer::flush, Qt::QueuedConnection);
        }
    }
    if (now)
        then(durable);
}

void WalSyncer::flush()
{
    // A callback may commit and ask again (a delivery that runs a command): that one
    // queues behind, and this loop reaches it in its turn.
    if (m_flushing)
        return;
    m_flushing = true;
    for (;;) {
        std::function<void(bool)> then;
        bool durable = false;
        {
            std::lock_guard lock(m_mutex);
            if (m_waiting.empty())
                break;
            Waiting &first = m_waiting.front();
            if (first.commit <= m_synced)
                durable = true;
            else if (!m_failed)
                break;
            then = std::move(first.then);
            m_waiting.pop_front();
        }
        then(durable);
    }
    m_flushing = false;
}

void WalSyncer::settle()
{
    {
        std::unique_lock lock(m_mutex);
        m_settling = true;
        m_wake.notify_all();
        m_done.wait(lock, [this] { return m_failed || m_synced >= m_requested; });
        m_settling = false;
    }
    flush();
}

bool WalSyncer::failed() const
{
    std::lock_guard lock(m_mutex);
    return m_failed;
}

qsizetype WalSyncer::waiting() const
{
    std::lock_guard lock(m_mutex);
    return qsizetype(m_waiting.size());
}

void WalSyncer::hold(bool held)
{
    {
        std::lock_guard lock(m_mutex);
        m_held = held;
    }
    m_wake.notify_all();
}

} // namespace presso

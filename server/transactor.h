#pragma once

#include "eventlog.h"
#include "serverlogging.h"

#include <QElapsedTimer>
#include <functional>
#include <optional>

namespace presso {

// Runs one command as one transaction: the state change and the events it causes are
// committed together, and the events are published only after the commit. If
// anything throws, everything rolls back, nothing is published, and the in-memory
// caches are reloaded from storage.
//
// Caches that are dropped rather than reloaded (addDrop: the open orders) are also
// dropped when a transaction starts and another writer has committed since the last
// one: the check runs after begin(), with PostgreSQL's write lock held, so no other
// server can change the store between the check and the commit.
//
// Group commit: between beginBatch() and commitBatch() every run() is a savepoint of
// one shared transaction, so many commands share one fsync. A command that throws
// still rolls back alone. The caller takes the batch's events after the commit and
// publishes them; nothing is acknowledged or published before the commit is durable.
// With SQLite's deferred sync (walsyncer.h) that is after the commit: run() publishes,
// and the server delivers a batch, from Transactions::whenDurable, in commit order.
class Transactor
{
public:
    using Publish = std::function<void(const QList<StoredEvent> &)>;
    using Reload = std::function<void()>;
    using Drop = std::function<void()>;
    using CommitObserver = std::function<void(double seconds)>;

    Transactor(Transactions &storage, EventLog &events) : m_storage(storage), m_events(events) {}

    void setPublisher(Publish publish) { m_publish = std::move(publish); }
    void addReload(Reload reload) { m_reloads.append(std::move(reload)); }
    // drop must not throw.
    void addDrop(Drop drop) { m_drops.append(std::move(drop)); }
    // Told how long each successful commit took (the metrics).
    void setCommitObserver(CommitObserver observer) { m_commitObserver = std::move(observer); }

    template<typename F>
    auto run(F &&command) -> decltype(command())
    {
        if (m_inBatch)
            return runInSavepoint(command);
        m_storage.begin();
        try {
            checkCaches();
            auto result = command();
            commit();
            publishWhenDurable(m_events.takePending());
            return result;
        } catch (...) {
            m_storage.rollback();
            m_events.discardPending();
            reload();
            throw;
        }
    }

    // Throws StorageError when the store cannot start a transaction: then no batch is open.
    void beginBatch()
    {
        m_storage.begin();
        try {
            checkCaches();
        } catch (...) {
            m_storage.rollback();
            dropCaches();
            throw;
        }
        m_inBatch = true;
    }

    // Commits the batch. On failure everything in it is rolled back, its events are
    // dropped, and false is returned: none of its commands happened.
    bool commitBatch()
    {
        m_inBatch = false;
        try {
            commit();
            return true;
        } catch (const StorageError &e) {
            qCCritical(lcStorage) << "a group commit failed, nothing of it happened:" << e.what();
            m_storage.rollback();
            m_events.discardPending();
            reload();
            return false;
        }
    }

private:
    // In commit order with the batches' deliveries (Transactions::whenDurable): at once
    // when the commit synced, else once the WAL sync covering it has finished. A commit
    // whose sync failed publishes nothing.
    void publishWhenDurable(QList<StoredEvent> events)
    {
        if (!m_publish || events.isEmpty())
            return;
        m_storage.whenDurable([this, events = std::move(events)](bool durable) {
            if (durable)
                m_publish(events);
        });
    }

    void commit()
    {
        QElapsedTimer took;
        took.start();
        m_storage.commit();
        if (m_commitObserver)
            m_commitObserver(double(took.nsecsElapsed()) / 1e9);
    }

    template<typename F>
    auto runInSavepoint(F &command) -> decltype(command())
    {
        const qsizetype mark = m_events.pendingCount();
        m_storage.savepoint();
        try {
            auto result = command();
            m_storage.releaseSavepoint();
            return result;
        } catch (...) {
            m_storage.rollbackToSavepoint();
            m_events.discardPendingFrom(mark);
            reload();
            throw;
        }
    }

    // After a rollback the caches are read again. When the store cannot answer (the
    // connection is gone) they stay marked stale, and the next transaction reads them
    // first: nothing runs on a cache that may show what was rolled back.
    void reload()
    {
        dropCaches();
        try {
            readCaches();
        } catch (const StorageError &e) {
            m_stale = true;
            qCWarning(lcStorage) << "the caches will be read again before the next command:" << e.what();
        }
    }

    void checkCaches()
    {
        if (m_stale)
            readCaches();
        if (m_drops.isEmpty())
            return;
        const qint64 version = m_storage.externalVersion();
        if (version != m_externalVersion)
            dropCaches();
        m_externalVersion = version;
    }

    void dropCaches()
    {
        for (const Drop &d : std::as_const(m_drops))
            d();
    }

    void readCaches()
    {
        for (const Reload &r : std::as_const(m_reloads))
            r();
        m_stale = false;
    }

    Transactions &m_storage;
    EventLog &m_events;
    Publish m_publish;
    QList<Reload> m_reloads;
    QList<Drop> m_drops;
    // The store's externalVersion() the dropped caches were filled under.
    std::optional<qint64> m_externalVersion;
    CommitObserver m_commitObserver;
    bool m_inBatch = false;
    bool m_stale = false;
};

} // namespace presso

#pragma once

#include "eventlog.h"
#include "serverlogging.h"

#include <QElapsedTimer>
#include <functional>

namespace presso {

// Runs one command as one transaction: the state change and the events it causes are
// committed together, and the events are published only after the commit. If
// anything throws, everything rolls back, nothing is published, and the in-memory
// caches are reloaded from storage.
//
// Group commit: between beginBatch() and commitBatch() every run() is a savepoint of
// one shared transaction, so many commands share one fsync. A command that throws
// still rolls back alone. The caller takes the batch's events after the commit and
// publishes them; nothing is acknowledged or published before the commit.
class Transactor
{
public:
    using Publish = std::function<void(const QList<StoredEvent> &)>;
    using Reload = std::function<void()>;
    using CommitObserver = std::function<void(double seconds)>;

    Transactor(Transactions &storage, EventLog &events) : m_storage(storage), m_events(events) {}

    void setPublisher(Publish publish) { m_publish = std::move(publish); }
    void addReload(Reload reload) { m_reloads.append(std::move(reload)); }
    // Told how long each successful commit took (the metrics).
    void setCommitObserver(CommitObserver observer) { m_commitObserver = std::move(observer); }

    template<typename F>
    auto run(F &&command) -> decltype(command())
    {
        if (m_inBatch)
            return runInSavepoint(command);
        m_storage.begin();
        try {
            reloadIfStale();
            auto result = command();
            commit();
            const QList<StoredEvent> events = m_events.takePending();
            if (m_publish && !events.isEmpty())
                m_publish(events);
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
            reloadIfStale();
        } catch (...) {
            m_storage.rollback();
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
        try {
            readCaches();
        } catch (const StorageError &e) {
            m_stale = true;
            qCWarning(lcStorage) << "the caches will be read again before the next command:" << e.what();
        }
    }

    void reloadIfStale()
    {
        if (m_stale)
            readCaches();
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
    CommitObserver m_commitObserver;
    bool m_inBatch = false;
    bool m_stale = false;
};

} // namespace presso

#pragma once

#include "eventlog.h"
#include "serverlogging.h"

#include <functional>

namespace presso {

// Runs one command as one transaction: the state change and the events it causes are
// committed together, and the events are published only after the commit. If
// anything throws, everything rolls back, nothing is published, and the in-memory
// caches are reloaded from storage.
class Transactor
{
public:
    using Publish = std::function<void(const QList<StoredEvent> &)>;
    using Reload = std::function<void()>;

    Transactor(Storage &storage, EventLog &events) : m_storage(storage), m_events(events) {}

    void setPublisher(Publish publish) { m_publish = std::move(publish); }
    void addReload(Reload reload) { m_reloads.append(std::move(reload)); }

    template<typename F>
    auto run(F &&command) -> decltype(command())
    {
        m_storage.begin();
        try {
            auto result = command();
            m_storage.commit();
            const QList<StoredEvent> events = m_events.takePending();
            if (m_publish && !events.isEmpty())
                m_publish(events);
            return result;
        } catch (...) {
            m_storage.rollback();
            m_events.discardPending();
            for (const Reload &reload : std::as_const(m_reloads))
                reload();
            throw;
        }
    }

private:
    Storage &m_storage;
    EventLog &m_events;
    Publish m_publish;
    QList<Reload> m_reloads;
};

} // namespace presso

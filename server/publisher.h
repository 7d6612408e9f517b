#pragma once

#include "session.h"
#include "storage.h"

#include <QList>
#include <functional>

namespace presso {

// Delivers committed events to the sessions that may see them (protocol.md's
// recipients table), in seq order, and replays the log after a reconnect.
class Publisher
{
public:
    explicit Publisher(EventsStore &storage) : m_storage(storage) {}

    void add(Session *session);
    void remove(Session *session);
    const QList<Session *> &sessions() const { return m_sessions; }
    // A barista device of this shop is connected.
    bool baristaPresent(const QString &shop) const;
    // Customer connections of this shop that said hello.
    int customerCount(const QString &shop) const;
    bool deviceOnline(const QString &device) const;
    // Closes every connection of a device at once (it was revoked).
    void disconnectDevice(const QString &device);

    void publish(const QList<StoredEvent> &events);
    // Told of every event published, once, whoever receives it (the metrics).
    void setObserver(std::function<void(const StoredEvent &)> observer) { m_observer = std::move(observer); }
    // Publishes what another process (the command line) appended to the log.
    void publishExternal();
    // Committed events wait unpublished because the store could not be read when
    // they came (a gap before them): the next catch-up sends them, in seq order.
    bool behind() const { return m_behind; }
    void setPublishedUpTo(qint64 seq) { m_published = seq; }
    // Called with each batch of another writer's events before it goes out, so that the
    // caches (the configuration) already show what those events say.
    using BeforeExternal = std::function<void(const QList<StoredEvent> &)>;
    void setBeforeExternal(BeforeExternal reload) { m_beforeExternal = std::move(reload); }
    // Sends every event after seq that the session may see. False when the log no
    // longer holds them all (pruned) or seq is in the future: the snapshot decides.
    bool canResume(qint64 seq);
    static constexpr qint64 kMaxReplay = 1000;
    // Sends the events in (afterSeq, upToSeq] that the session may see.
    void replay(Session &session, qint64 afterSeq, qint64 upToSeq);

    // device: the session's device; customer: its customer id (role customer).
    static bool mayReceive(const StoredEvent &event, Role role, const QString &device,
                           const QString &customer = {});
    // The policy's rules for the session's role, and only the events of its own shop.
    static bool mayReceive(const StoredEvent &event, const Session &session)
    {
        return event.shop == session.shop && mayReceive(event, session.role, session.device, session.customer);
    }
    // The frame's text as that role sees it: displays get the public view of an order
    // (policy.h). Spliced from the event's stored detail text, never parsed back.
    static QByteArray frameFor(const StoredEvent &event, Role role);

private:
    EventsStore &m_storage;
    QList<Session *> m_sessions;
    bool publishBefore(qint64 seq);
    // Publishes the stored events after the last published and before seq `before`,
    // calling m_beforeExternal first for each batch it finds.
    void publishStored(qint64 before);

    qint64 m_published = 0;
    bool m_behind = false;
    std::function<void(const StoredEvent &)> m_observer;
    BeforeExternal m_beforeExternal;
};

} // namespace presso

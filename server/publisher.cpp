#include "publisher.h"

#include "frames.h"
#include "policy.h"
#include "serverlogging.h"

#include <limits>

namespace presso {

namespace {
constexpr int kReplayBatch = 1000;
} // namespace

void Publisher::add(Session *session)
{
    m_sessions.append(session);
}

void Publisher::remove(Session *session)
{
    m_sessions.removeAll(session);
}

bool Publisher::baristaPresent(const QString &shop) const
{
    return std::any_of(m_sessions.cbegin(), m_sessions.cend(), [&](const Session *s) {
        return s->authenticated && s->role == Role::Barista && s->shop == shop;
    });
}

int Publisher::customerCount(const QString &shop) const
{
    return int(std::count_if(m_sessions.cbegin(), m_sessions.cend(), [&](const Session *s) {
        return s->authenticated && s->role == Role::Customer && s->shop == shop;
    }));
}

bool Publisher::deviceOnline(const QString &device) const
{
    return std::any_of(m_sessions.cbegin(), m_sessions.cend(),
                       [&](const Session *s) { return s->authenticated && s->device == device; });
}

void Publisher::disconnectDevice(const QString &device)
{
    for (Session *s : std::as_const(m_sessions)) {
        if (s->authenticated && s->device == device) {
            s->authenticated = false;
            s->socket->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("device revoked"));
        }
    }
}

bool Publisher::mayReceive(const StoredEvent &e, Role role, const QString &device, const QString &customer)
{
    const bool owner = role == Role::Customer ? !customer.isEmpty() && e.customers.contains(customer)
                                              : !e.owner.isEmpty() && e.owner == device;
    return policy::mayReceive(e.event.type, role, owner);
}

QByteArray Publisher::frameFor(const StoredEvent &e, Role role)
{
    const QJsonValue order = e.event.detail.value(QStringLiteral("order"));
    if (!policy::ruleOf(role).publicView || !order.isObject())
        return encodeEventFrame(e.seq, e.event, detailText(e));
    // The public view (Order::toPublicJson) is the order without who made it and why it ended.
    QJsonObject view = order.toObject();
    view.insert(QStringLiteral("baristaId"), QJsonValue::Null);
    view.insert(QStringLiteral("reason"), QJsonValue::Null);
    QJsonObject detail = e.event.detail;
    detail.insert(QStringLiteral("order"), view);
    return encodeEventFrame(e.seq, e.event, encodeFrame(detail));
}

void Publisher::publishStored(qint64 before)
{
    for (;;) {
        QList<StoredEvent> batch = m_storage.eventsAfter(m_published, kReplayBatch);
        const bool more = batch.size() == kReplayBatch;
        batch.removeIf([before](const StoredEvent &e) { return e.seq >= before; });
        if (batch.isEmpty())
            return;
        if (m_beforeExternal)
            m_beforeExternal(batch);
        publish(batch);
        if (!more)
            return;
    }
}

void Publisher::publishExternal()
{
    m_behind = false;
    try {
        publishStored(std::numeric_limits<qint64>::max());
    } catch (const StorageError &) {
        // What was not read yet waits for the next catch-up, however it was noticed.
        m_behind = true;
        throw;
    }
}

bool Publisher::publishBefore(qint64 seq)
{
    try {
        publishStored(seq);
        return true;
    } catch (const StorageError &e) {
        qCWarning(lcServer) << "could not read the events before seq" << seq
                            << "; they and the later ones go out with the next catch-up:" << e.what();
        return false;
    }
}

void Publisher::publish(const QList<StoredEvent> &events)
{
    for (const StoredEvent &e : events) {
        // Another writer's events (a second server on the database, a command) may lie
        // between the last published and this one: they go out first, in seq order.
        // Never past a gap: events not read now would be skipped for good. These are
        // stored, so the catch-up reads them back with the gap once the store answers.
        if (m_behind || (e.seq > m_published + 1 && !publishBefore(e.seq))) {
            m_behind = true;
            return;
        }
        m_published = std::max(m_published, e.seq);
        if (m_observer)
            m_observer(e);
        // Serialized at most once per view, however many sessions receive it.
        TextFrame full;
        TextFrame publicView;
        for (Session *s : std::as_const(m_sessions)) {
            if (!s->authenticated || e.seq <= s->helloSeq || !mayReceive(e, *s))
                continue;
            TextFrame &frame = policy::ruleOf(s->role).publicView ? publicView : full;
            if (frame.wire.isEmpty())
                frame = TextFrame::of(frameFor(e, s->role));
            s->send(frame);
        }
    }
}

bool Publisher::canResume(qint64 seq)
{
    const EventBounds b = m_storage.eventBounds();
    if (seq > b.last)
        return false;
    // A long absence is cheaper to answer with the snapshot than with the whole backlog,
    // which could also be more than a slow client may leave unread: it would be dropped,
    // reconnect, ask to resume again, and never catch up.
    if (b.last - seq > kMaxReplay)
        return false;
    // Everything after seq must still be in the log.
    return seq >= b.last || (b.first > 0 && seq >= b.first - 1);
}

void Publisher::replay(Session &session, qint64 afterSeq, qint64 upToSeq)
{
    qint64 seq = afterSeq;
    for (;;) {
        const QList<StoredEvent> batch = m_storage.eventsAfter(seq, kReplayBatch);
        for (const StoredEvent &e : batch) {
            if (e.seq > upToSeq)
                return;
            if (mayReceive(e, session))
                session.send(frameFor(e, session.role));
        }
        if (batch.size() < kReplayBatch)
            break;
        seq = batch.last().seq;
    }
}

} // namespace presso

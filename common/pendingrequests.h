#pragma once

#include "frames.h"

#include <QDeadlineTimer>
#include <QObject>
#include <QTimer>
#include <chrono>
#include <functional>
#include <map>
#include <optional>
#include <set>

namespace presso {

// Called exactly once per request: with the server's response, or with a failure the
// client made up itself (then serverTime is 0).
using ResponseCallback = std::function<void(const Response &)>;

// The requests a PressoClient has taken and not yet seen answered, oldest first: their
// ids, callbacks and deadlines, and which of them still have to go out on the link.
class PendingRequests : public QObject
{
    Q_OBJECT
public:
    explicit PendingRequests(QObject *parent = nullptr);
    // Drops the callbacks without calling them: their owners may be half destroyed.
    ~PendingRequests() override;

    // Takes a request, gives it the next id ("c-1", "c-2", ...) and returns that id.
    // The callback fails with a timeout once timeout has passed, sent or not.
    // retry: sent again after a reconnect; otherwise it fails when the link drops.
    QString add(Request request, ResponseCallback callback, std::chrono::milliseconds timeout,
                bool retry);

    // The requests not yet sent on the current link, oldest first, now marked as sent at
    // sentAt (client clock). Requests past their deadline stay for the timer to fail.
    QList<Request> takeUnsent(Millis sentAt);
    // Marks one request as sent; hello and ping go out before the queue is flushed.
    std::optional<Request> markSent(const QString &id, Millis sentAt);

    struct Answered
    {
        QString op;
        Millis sentAt = 0;
        ResponseCallback callback;
    };
    // Removes the request a response answers. Empty for an id that is not (or no longer)
    // waiting, e.g. a late answer to a request that already timed out.
    std::optional<Answered> take(const QString &id);

    bool contains(const QString &id) const;
    qsizetype size() const { return qsizetype(m_entries.size()); }

    // The link dropped: requests that retry wait to be sent again, the others fail.
    void linkLost(const Error &error);
    // Fails every request, e.g. when the client is stopped.
    void failAll(const Error &error);

    // The message of a synthesized timeout failure starts with this.
    static QString timeoutPrefix();

private:
    struct Entry
    {
        Request request;
        ResponseCallback callback;
        QDeadlineTimer deadline;
        bool retry = true;
        bool sent = false;
        Millis sentAt = 0;
    };
    using Failure = std::pair<QString, ResponseCallback>;

    static std::optional<quint64> keyOf(const QString &id);
    void expire();
    void rearm();
    static void fail(const QList<Failure> &failures, const Error &error);

    // Erases an entry and its place in m_byDeadline.
    std::map<quint64, Entry>::iterator erase(std::map<quint64, Entry>::iterator it);

    std::map<quint64, Entry> m_entries;
    // (deadline in ns, key) of every entry, earliest first: the timer is always set for
    // the first, and neither an answer nor the timer walks the others.
    std::set<std::pair<qint64, quint64>> m_byDeadline;
    quint64 m_nextKey = 1;
    // No request below this key waits to be sent (takeUnsent).
    quint64 m_firstUnsent = 0;
    QTimer m_timer;
};

} // namespace presso

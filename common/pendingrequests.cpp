#include "pendingrequests.h"

#include <algorithm>
#include <limits>

namespace presso {

namespace {
const QString kIdPrefix = QStringLiteral("c-");
} // namespace

PendingRequests::PendingRequests(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    // Coarse timers may fire 5 % early or late; a request timeout should mean what it says.
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &PendingRequests::expire);
}

PendingRequests::~PendingRequests() = default;

QString PendingRequests::timeoutPrefix()
{
    return QStringLiteral("timeout");
}

std::optional<quint64> PendingRequests::keyOf(const QString &id)
{
    if (!id.startsWith(kIdPrefix))
        return std::nullopt;
    bool ok = false;
    const quint64 key = QStringView(id).mid(kIdPrefix.size()).toULongLong(&ok);
    return ok ? std::optional<quint64>(key) : std::nullopt;
}

QString PendingRequests::add(Request request, ResponseCallback callback,
                             std::chrono::milliseconds timeout, bool retry)
{
    const quint64 key = m_nextKey++;
    request.id = kIdPrefix + QString::number(key);
    const QString id = request.id;
    Entry entry{std::move(request), std::move(callback), QDeadlineTimer(timeout, Qt::PreciseTimer),
                retry};
    const auto place = m_byDeadline.emplace(entry.deadline.deadlineNSecs(), key).first;
    m_entries.emplace(key, std::move(entry));
    if (place == m_byDeadline.begin())
        rearm();
    return id;
}

QList<Request> PendingRequests::takeUnsent(Millis sentAt)
{
    QList<Request> out;
    // Only those added since the last call, or all after a lost link: a client with
    // thousands waiting (the robot's checks) must not walk them all for each new one.
    for (auto it = m_entries.lower_bound(std::exchange(m_firstUnsent, m_nextKey)); it != m_entries.end(); ++it) {
        Entry &entry = it->second;
        if (entry.sent || entry.deadline.hasExpired())
            continue;
        entry.sent = true;
        entry.sentAt = sentAt;
        out.append(entry.request);
    }
    return out;
}

std::optional<Request> PendingRequests::markSent(const QString &id, Millis sentAt)
{
    const auto key = keyOf(id);
    const auto it = key ? m_entries.find(*key) : m_entries.end();
    if (it == m_entries.end())
        return std::nullopt;
    it->second.sent = true;
    it->second.sentAt = sentAt;
    return it->second.request;
}

std::optional<PendingRequests::Answered> PendingRequests::take(const QString &id)
{
    const auto key = keyOf(id);
    const auto it = key ? m_entries.find(*key) : m_entries.end();
    // An answer to a request that was never sent on this link cannot be ours.
    if (it == m_entries.end() || !it->second.sent)
        return std::nullopt;
    Answered answered{it->second.request.op, it->second.sentAt, std::move(it->second.callback)};
    const bool wasFirst = m_byDeadline.begin()->second == it->first;
    erase(it);
    if (wasFirst)
        rearm();
    return answered;
}

bool PendingRequests::contains(const QString &id) const
{
    const auto key = keyOf(id);
    return key && m_entries.contains(*key);
}

void PendingRequests::linkLost(const Error &error)
{
    QList<Failure> failures;
    m_firstUnsent = 0;
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (it->second.retry) {
            it->second.sent = false;
            ++it;
        } else {
            failures.append({it->second.request.id, std::move(it->second.callback)});
            it = erase(it);
        }
    }
    rearm();
    fail(failures, error);
}

void PendingRequests::failAll(const Error &error)
{
    QList<Failure> failures;
    for (auto &[key, entry] : m_entries)
        failures.append({entry.request.id, std::move(entry.callback)});
    m_entries.clear();
    m_byDeadline.clear();
    rearm();
    fail(failures, error);
}

void PendingRequests::expire()
{
    QList<Failure> failures;
    const qint64 now = QDeadlineTimer::current(Qt::PreciseTimer).deadlineNSecs();
    while (!m_byDeadline.empty() && m_byDeadline.begin()->first <= now) {
        const auto it = m_entries.find(m_byDeadline.begin()->second);
        failures.append({it->second.request.id, std::move(it->second.callback)});
        erase(it);
    }
    rearm();
    fail(failures, Error{ErrorCode::Timeout,
                         timeoutPrefix() + QStringLiteral(": no answer from the server in time")});
}

std::map<quint64, PendingRequests::Entry>::iterator PendingRequests::erase(std::map<quint64, Entry>::iterator it)
{
    m_byDeadline.erase({it->second.deadline.deadlineNSecs(), it->first});
    return m_entries.erase(it);
}

void PendingRequests::rearm()
{
    if (m_byDeadline.empty()) {
        m_timer.stop();
        return;
    }
    const qint64 leftNs = m_byDeadline.begin()->first - QDeadlineTimer::current(Qt::PreciseTimer).deadlineNSecs();
    // Rounded up: a timer that fires early would find nothing expired yet.
    const qint64 leftMs = std::clamp<qint64>((leftNs + 999'999) / 1'000'000, 0, std::numeric_limits<int>::max());
    m_timer.start(std::chrono::milliseconds(leftMs));
}

void PendingRequests::fail(const QList<Failure> &failures, const Error &error)
{
    // Static and last: a callback may add requests, or even stop the client.
    for (const auto &[id, callback] : failures) {
        if (callback)
            callback(Response::failure(QJsonValue(id), error, 0));
    }
}

} // namespace presso

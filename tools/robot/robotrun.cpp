#include "robotrun.h"

#include "requests.h"

#include <QDateTime>
#include <QTimer>

namespace {
constexpr int kRetryMs = 250;
} // namespace

namespace presso::robot {

void RobotRun::call(PressoClient &client, const Request &unkeyed, std::function<void(const Response &)> done, int retries)
{
    // Keyed here, not by the client, so that a retry below carries the same requestId.
    const Request request = requests::keyed(unkeyed);
    QElapsedTimer timer;
    timer.start();
    const QString op = request.op;
    client.request(request, &client, [this, &client, request, op, timer, retries, done = std::move(done)](const Response &r) {
        m_latency.add(QStringLiteral("op ") + op, double(timer.nsecsElapsed()) / 1e6);
        if (!r.ok)
            ++m_errors[op + QLatin1Char(' ') + errorCodeName(r.error.code)];
        if (!r.ok && r.error.code == ErrorCode::RateLimited) {
            // Refused unexecuted: a person would tap again a moment later.
            QTimer::singleShot(kRetryMs, &client, [this, &client, request, done, retries] { call(client, request, done, retries); });
            return;
        }
        const bool unknown = r.error.code == ErrorCode::Internal || r.error.code == ErrorCode::Timeout;
        if (!r.ok && unknown && retries > 0) {
            // Not stored (the store went away), or no answer: as a real device, once more
            // with the same requestId, which gets the first answer if it was done after all.
            QTimer::singleShot(kRetryMs, &client, [this, &client, request, done, retries] { call(client, request, done, retries - 1); });
            return;
        }
        if (done)
            done(r);
    });
}

ClientTrace &RobotRun::trace(PressoClient &client, const QString &name, Role role, const QString &device)
{
    auto trace = std::make_unique<ClientTrace>();
    trace->name = name;
    trace->role = role;
    trace->device = device;
    ClientTrace *t = trace.get();
    m_traces.push_back(std::move(trace));
    QObject::connect(&client, &PressoClient::snapshot, &client, [t, &client](const QJsonObject &, bool resumed) {
        if (!resumed || t->segments.isEmpty())
            t->segments.append(ClientTrace::Segment{client.lastSeq(), {}});
    });
    const QString latencyName = QStringLiteral("event to ") + roleName(role);
    QObject::connect(&client, &PressoClient::event, &client, [this, t, &client, latencyName](const EventFrame &frame) {
        // An event's time is the server's clock. On one machine that is ours, to the
        // millisecond; a clock a second or more away (another machine's, or a test's
        // manual one) is followed through the client's estimate of it instead.
        const Millis now = std::abs(client.serverOffset()) >= 1000 ? client.serverNow() : QDateTime::currentMSecsSinceEpoch();
        m_latency.add(latencyName, double(now - frame.event.time));
        if (t->segments.isEmpty())
            return;
        auto &seen = t->segments.last().seen;
        if (!seen.isEmpty() && frame.seq <= seen.last())
            ++t->outOfOrder;
        seen.append(frame.seq);
    });
    return *t;
}

} // namespace presso::robot

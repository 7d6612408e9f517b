#include "baristapulse.h"

#include <QSignalSpy>
#include <algorithm>

namespace presso::test {

namespace {
PressoClientOptions baristaOptions(const QUrl &server, const QString &token)
{
    PressoClientOptions o;
    o.servers = {server};
    o.role = Role::Barista;
    o.token = token;
    o.deviceName = QStringLiteral("pulse");
    o.requestTimeout = std::chrono::milliseconds(5000);
    return o;
}
} // namespace

BaristaPulse::BaristaPulse(const QUrl &server, const QString &baristaToken, ManualClock *shopClock, int intervalMs,
                           QObject *parent)
    : QObject(parent)
    , m_client(baristaOptions(server, baristaToken))
{
    m_timer.setInterval(intervalMs);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &BaristaPulse::ask);
    m_secondHand.setInterval(1000);
    if (shopClock)
        connect(&m_secondHand, &QTimer::timeout, shopClock, [shopClock] { shopClock->advance(1000); });
    m_elapsed.start();
}

bool BaristaPulse::start(int timeoutMs)
{
    QSignalSpy live(&m_client, &PressoClient::live);
    m_client.start();
    if (!m_client.isLive() && !live.wait(timeoutMs))
        return false;
    m_timer.start();
    m_secondHand.start();
    return true;
}

void BaristaPulse::stop()
{
    m_timer.stop();
    m_secondHand.stop();
}

void BaristaPulse::reset()
{
    m_latenciesMs.clear();
    m_failed = 0;
    ++m_generation; // answers to requests of the last phase are not counted in this one
}

void BaristaPulse::ask()
{
    const qint64 sentNs = m_elapsed.nsecsElapsed();
    const quint64 generation = m_generation;
    ++m_outstanding;
    m_client.request(QStringLiteral("orders.list"), {}, this, [this, sentNs, generation](const Response &r) {
        --m_outstanding;
        if (generation != m_generation)
            return;
        if (r.ok)
            m_latenciesMs.push_back(double(m_elapsed.nsecsElapsed() - sentNs) / 1e6);
        else
            ++m_failed, m_lastError = errorCodeName(r.error.code) + QStringLiteral(": ") + r.error.message;
    });
}

double BaristaPulse::percentileMs(double p) const
{
    if (m_latenciesMs.empty())
        return 0;
    std::vector<double> sorted = m_latenciesMs;
    std::sort(sorted.begin(), sorted.end());
    const size_t i = std::min(sorted.size() - 1, size_t(p / 100.0 * double(sorted.size())));
    return sorted[i];
}

QString BaristaPulse::summary() const
{
    return QStringLiteral("%1 answers, p50 %2 ms, p99 %3 ms, max %4 ms, %5 failed%6")
        .arg(answered())
        .arg(percentileMs(50), 0, 'f', 2)
        .arg(percentileMs(99), 0, 'f', 2)
        .arg(percentileMs(100), 0, 'f', 2)
        .arg(m_failed)
        .arg(m_lastError.isEmpty() ? QString() : QStringLiteral(" (last: %1)").arg(m_lastError));
}

} // namespace presso::test

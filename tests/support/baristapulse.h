#pragma once

#include "pressoclient.h"

#include <QElapsedTimer>
#include <QTimer>
#include <vector>

namespace presso::test {

// A barista served throughout a test: over its own connection (the real PressoClient)
// it asks for the open orders every intervalMs (25 a second by default, half the
// protocol's limit of 50 a connection), as the barista app's queue does, and
// records how long each answer took in real time. Figures are printed, not asserted:
// timing on a shared CI machine is not a test's verdict; correctness (every request
// answered, and ok) is.
class BaristaPulse : public QObject
{
    Q_OBJECT
public:
    // shopClock: the server's ManualClock, moved a second each real second while the
    // pulse runs, so that the server's per-second request limit sees time pass.
    BaristaPulse(const QUrl &server, const QString &baristaToken, ManualClock *shopClock, int intervalMs = 40,
                 QObject *parent = nullptr);

    // Connects, waits until live, and starts asking; false if not live in time.
    bool start(int timeoutMs = 5000);
    void stop();
    // Starts a new measurement (the figures of one phase of a test).
    void reset();

    int answered() const { return int(m_latenciesMs.size()); }
    int failed() const { return m_failed; }
    int outstanding() const { return m_outstanding; }
    double percentileMs(double p) const;
    // "N answers, p50 X ms, p99 Y ms, max Z ms, F failed".
    QString summary() const;

private:
    void ask();

    PressoClient m_client;
    QTimer m_timer;
    QTimer m_secondHand;
    QElapsedTimer m_elapsed;
    std::vector<double> m_latenciesMs;
    int m_failed = 0;
    QString m_lastError;
    int m_outstanding = 0;
    quint64 m_generation = 0;
};

} // namespace presso::test

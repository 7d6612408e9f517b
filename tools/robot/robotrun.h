#pragma once

#include "latency.h"
#include "pressoclient.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMap>
#include <QUrl>
#include <algorithm>
#include <memory>

namespace presso::robot {

struct RobotConfig
{
    QList<QUrl> servers; // tried in turn, as by every app
    QString adminToken;
    int kiosks = 2;
    int baristas = 1;
    int displays = 0;
    int journeys = 0;        // stop after this many orders were started (0: no limit)
    double durationSec = 0;  // stop starting after this long (0: no limit)
    double rate = 1.0;       // journeys started per second
    int maxInFlight = 0;     // no new journey while this many are under way (0: no bound)
    double cancelShare = 0.05;
    double prepSec = 0;      // how long a simulated barista takes per drink
    double drainSec = 120;   // how long to wait for started orders to end
    bool raiseLimits = false;
    int dropLinks = 0;       // cut this many random client links during the run
    bool spread = false;     // each device starts at the next server of the list
    QString jsonFile;
    // Trusted besides the system's, for a wss:// server with its own certificate.
    QList<QSslCertificate> caCertificates;

    // How each simulated device connects. actsOn: the detail-types it reads the detail
    // of; every other event is followed by its seq and time alone, which is all the
    // traces and the latencies need, and costs a fraction of decoding it.
    PressoClientOptions clientOptions(Role role, const QString &token, QList<EventType> actsOn = {}) const
    {
        PressoClientOptions o;
        o.servers = servers;
        // Spread: the devices take the servers in turn as their first, and keep the
        // others behind it, so that every server carries a share and any may fail.
        if (spread && !o.servers.isEmpty()) {
            const qsizetype first = m_nextFirst++ % o.servers.size();
            std::rotate(o.servers.begin(), o.servers.begin() + first, o.servers.end());
        }
        o.role = role;
        o.token = token;
        o.caCertificates = caCertificates;
        o.wholeEvents = std::move(actsOn);
        return o;
    }

private:
    mutable qsizetype m_nextFirst = 0;
};

// One simulated customer's order, from redeem to its end.
struct Journey
{
    QString orderId;
    QString kiosk;
    std::optional<int> number;
    QString day;
    QStringList terminalEvents; // the end states its kiosk heard about (exactly one expected)
    QString submitError;
};

// The event seqs one client saw, in segments: a hello that did not resume starts a new
// segment, since the snapshot then stands for the events in between.
struct ClientTrace
{
    QString name;
    Role role = Role::Display;
    QString device;
    struct Segment
    {
        qint64 from = 0; // the seq the hello reported
        QList<qint64> seen;
    };
    QList<Segment> segments;
    int outOfOrder = 0;
};

// What a robot run shares between its simulated devices and reports at the end.
class RobotRun
{
public:
    explicit RobotRun(RobotConfig config) : m_config(std::move(config)) { m_clock.start(); }

    const RobotConfig &config() const { return m_config; }
    LatencyRecorder &latency() { return m_latency; }
    QMap<QString, int> &errors() { return m_errors; }
    QHash<QString, Journey> &journeys() { return m_journeys; }
    std::vector<std::unique_ptr<ClientTrace>> &traces() { return m_traces; }
    double elapsedSec() const { return m_clock.elapsed() / 1000.0; }

    // Sends a request, records its latency under its op and any error under its code.
    // Refused for its rate, it is sent again later; not stored or unanswered, up to
    // retries more times with the same requestId.
    void call(PressoClient &client, const Request &request,
              std::function<void(const Response &)> done, int retries = 3);
    // Follows a client's events into a new trace, and measures event delivery.
    ClientTrace &trace(PressoClient &client, const QString &name, Role role, const QString &device);

private:
    RobotConfig m_config;
    LatencyRecorder m_latency;
    QMap<QString, int> m_errors;
    QHash<QString, Journey> m_journeys;
    std::vector<std::unique_ptr<ClientTrace>> m_traces;
    QElapsedTimer m_clock;
};

} // namespace presso::robot

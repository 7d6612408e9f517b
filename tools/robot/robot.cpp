#include "robot.h"

#include "report.h"
#include "requests.h"
#include "verifier.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTextStream>

namespace presso::robot {

namespace {
constexpr int kTickMs = 20;
constexpr int kEventPage = 5000;
constexpr int kChecksInFlight = 64;

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}
} // namespace

Robot::Robot(RobotConfig config, QObject *parent)
    : QObject(parent)
    , m_run(std::move(config))
    , m_admin(m_run.config().clientOptions(Role::Admin, m_run.config().adminToken, {EventType::NewCode}))
    , m_runId(QString::number(QRandomGenerator::global()->bounded(100000, 999999)))
{
    m_ticker.setInterval(kTickMs);
    connect(&m_ticker, &QTimer::timeout, this, &Robot::tick);
    m_drainTimeout.setSingleShot(true);
    connect(&m_drainTimeout, &QTimer::timeout, this, [this] { finish(QStringLiteral("drain timeout")); });
    m_dropper.setSingleShot(true);
    connect(&m_dropper, &QTimer::timeout, this, &Robot::dropRandomLink);
    connect(&m_admin, &PressoClient::helloFailed, this, [this](const Error &e) {
        fail(QStringLiteral("the server refused the admin token: ") + e.message);
    });
    connect(&m_admin, &PressoClient::event, this, [this](const EventFrame &frame) {
        if (frame.event.type == EventType::NewCode)
            m_code = frame.event.detail.value(QStringLiteral("code")).toString();
    });
}

Robot::~Robot() = default;

void Robot::start()
{
    connect(&m_admin, &PressoClient::snapshot, this, [this](const QJsonObject &snapshot, bool) {
        m_code = snapshot.value(QStringLiteral("qr")).toObject().value(QStringLiteral("code")).toString();
        if (m_startSeq == 0 && m_kiosks.empty()) {
            m_startSeq = m_admin.lastSeq();
            provision();
        }
    });
    m_admin.start();
}

void Robot::provision()
{
    const RobotConfig &c = m_run.config();
    QList<std::pair<QString, Role>> wanted;
    for (int i = 1; i <= c.kiosks; ++i)
        wanted.append({QStringLiteral("robot-%1-kiosk-%2").arg(m_runId).arg(i), Role::Kiosk});
    for (int i = 1; i <= c.baristas; ++i)
        wanted.append({QStringLiteral("robot-%1-barista-%2").arg(m_runId).arg(i), Role::Barista});
    for (int i = 1; i <= c.displays; ++i)
        wanted.append({QStringLiteral("robot-%1-display-%2").arg(m_runId).arg(i), Role::Display});
    auto tokens = std::make_shared<QHash<QString, QString>>();
    auto remaining = std::make_shared<int>(int(wanted.size()) + (c.raiseLimits ? 1 : 0));
    auto oneDone = [this, tokens, remaining] {
        if (--*remaining == 0)
            startSims(*tokens);
    };
    if (c.raiseLimits) {
        m_run.call(m_admin, requests::settingsSet({{QStringLiteral("drinksPerCode"), 10'000'000},
                                                   {QStringLiteral("maxOrdersInQueue"), 100'000}}),
                   [this, oneDone](const Response &r) {
                       if (!r.ok)
                           return fail(QStringLiteral("could not raise the limits: ") + r.error.message);
                       oneDone();
                   });
    }
    if (*remaining == 0)
        return startSims({});
    for (const auto &[name, role] : wanted) {
        m_run.call(m_admin, requests::deviceAdd(role, name),
                   [this, name, tokens, oneDone](const Response &r) {
                       if (!r.ok)
                           return fail(QStringLiteral("could not add device %1: %2").arg(name, r.error.message));
                       tokens->insert(name, r.result.value(QStringLiteral("token")).toString());
                       oneDone();
                   });
    }
}

void Robot::startSims(const QHash<QString, QString> &tokens)
{
    const RobotConfig &c = m_run.config();
    auto waiting = std::make_shared<int>(c.kiosks + c.baristas + c.displays);
    auto oneLive = [this, waiting] {
        if (--*waiting == 0) {
            m_startedAtSec = m_run.elapsedSec();
            err() << "presso-robot: " << m_kiosks.size() << " kiosks, " << m_baristas.size() << " baristas, "
                  << m_displays.size() << " displays connected; starting journeys" << Qt::endl;
            m_ticker.start();
            if (m_run.config().dropLinks > 0)
                m_dropper.start(QRandomGenerator::global()->bounded(20, 150));
        }
    };
    auto onceLive = [oneLive](PressoClient &client) {
        auto conn = std::make_shared<QMetaObject::Connection>();
        *conn = connect(&client, &PressoClient::live, &client, [conn, oneLive] {
            QObject::disconnect(*conn);
            oneLive();
        });
    };
    for (int i = 1; i <= c.baristas; ++i) {
        const QString name = QStringLiteral("robot-%1-barista-%2").arg(m_runId).arg(i);
        m_baristas.push_back(std::make_unique<SimBarista>(m_run, name, tokens.value(name), i - 1, c.baristas));
        onceLive(m_baristas.back()->client());
    }
    for (int i = 1; i <= c.displays; ++i) {
        const QString name = QStringLiteral("robot-%1-display-%2").arg(m_runId).arg(i);
        m_displays.push_back(std::make_unique<PressoClient>(
            c.clientOptions(Role::Display, tokens.value(name))));
        m_run.trace(*m_displays.back(), name, Role::Display, name);
        onceLive(*m_displays.back());
        m_displays.back()->start();
    }
    for (int i = 1; i <= c.kiosks; ++i) {
        const QString name = QStringLiteral("robot-%1-kiosk-%2").arg(m_runId).arg(i);
        auto kiosk = std::make_unique<SimKiosk>(m_run, name, tokens.value(name));
        connect(kiosk.get(), &SimKiosk::started, this, [this](bool ok) { ok ? ++m_started : ++m_refused; });
        connect(kiosk.get(), &SimKiosk::finished, this, &Robot::maybeDrained);
        onceLive(kiosk->client());
        m_kiosks.push_back(std::move(kiosk));
    }
    if (*waiting == 0)
        oneLive();
}

std::vector<PressoClient *> Robot::simClients()
{
    std::vector<PressoClient *> clients;
    for (auto &k : m_kiosks)
        clients.push_back(&k->client());
    for (auto &b : m_baristas)
        clients.push_back(&b->client());
    for (auto &d : m_displays)
        clients.push_back(d.get());
    return clients;
}

// A network fault: one client's link is cut mid-whatever it was doing. The time until
// it is live again is recorded; the end-of-run checks show nothing was lost or doubled.
void Robot::dropRandomLink()
{
    const std::vector<PressoClient *> clients = simClients();
    if (clients.empty() || m_done || m_draining)
        return;
    PressoClient *victim = clients.at(QRandomGenerator::global()->bounded(int(clients.size())));
    if (victim->isLive()) {
        QElapsedTimer down;
        down.start();
        auto conn = std::make_shared<QMetaObject::Connection>();
        *conn = connect(victim, &PressoClient::live, this, [this, conn, down] {
            QObject::disconnect(*conn);
            m_run.latency().add(QStringLiteral("reconnect after a cut"), double(down.elapsed()));
        });
        victim->dropLink();
        ++m_dropped;
    }
    if (m_dropped < m_run.config().dropLinks)
        m_dropper.start(QRandomGenerator::global()->bounded(20, 150));
}

bool Robot::startingIsOver() const
{
    const RobotConfig &c = m_run.config();
    // Journeys go on while links are still to be cut: the cuts must hit a busy shop.
    if (m_dropped < c.dropLinks)
        return false;
    if (c.journeys > 0 && m_started >= c.journeys)
        return true;
    return c.durationSec > 0 && m_run.elapsedSec() - m_startedAtSec >= c.durationSec;
}

void Robot::tick()
{
    const RobotConfig &c = m_run.config();
    if (m_kiosks.empty() || startingIsOver()) {
        m_ticker.stop();
        m_draining = true;
        m_drainTimeout.start(int(c.drainSec * 1000));
        Q_EMIT draining();
        maybeDrained();
        return;
    }
    // Start as many journeys as the rate allows by now; never more than asked for.
    const double due = (m_run.elapsedSec() - m_startedAtSec) * c.rate;
    while (m_attempts < int(due) + 1 && !m_code.isEmpty()) {
        const int pending = m_attempts - m_started - m_refused;
        if (c.journeys > 0 && m_started + pending >= c.journeys)
            break;
        if (c.maxInFlight > 0 && inFlight() >= c.maxInFlight)
            break;
        ++m_attempts;
        m_kiosks.at(m_nextKiosk++ % m_kiosks.size())->startJourney(m_code);
    }
}

int Robot::inFlight() const
{
    int n = 0;
    for (const auto &k : m_kiosks)
        n += k->inFlight();
    return n;
}

void Robot::maybeDrained()
{
    if (!m_draining || m_done)
        return;
    if (inFlight() > 0)
        return;
    finish(QStringLiteral("all orders ended"));
}

void Robot::fail(const QString &why)
{
    if (m_done)
        return;
    m_done = true;
    err() << "presso-robot: " << why << Qt::endl;
    Q_EMIT finished(2);
}

void Robot::finish(const QString &why)
{
    if (m_done)
        return;
    m_done = true;
    m_ticker.stop();
    m_drainTimeout.stop();
    m_dropper.stop();
    const double seconds = m_run.elapsedSec() - m_startedAtSec;
    err() << "presso-robot: " << why << "; checking" << Qt::endl;

    // 1. The log since the start, page by page. 2. Every client pings, so everything up
    // to the log's end has reached it. 3. The server's state of every order.
    auto log = std::make_shared<QList<LoggedEvent>>();
    auto states = std::make_shared<QHash<QString, QString>>();
    auto conclude = [this, log, states, seconds, why] {
        const qint64 lastSeq = log->isEmpty() ? m_startSeq : log->last().seq;
        QStringList problems = checkJourneys(m_run.journeys(), *states);
        problems += checkNumbers(m_run.journeys());
        problems += checkTraces(m_run.traces(), *log, lastSeq, m_run.journeys());
        if (why == QLatin1String("drain timeout"))
            problems.prepend(QStringLiteral("orders still open when the robot stopped waiting"));
        if (m_dropped < m_run.config().dropLinks)
            problems << QStringLiteral("only %1 of %2 links were cut: the run ended first").arg(m_dropped).arg(m_run.config().dropLinks);
        const auto reconnect = m_run.latency().summary(QStringLiteral("reconnect after a cut"));
        if (reconnect.count > 0 && reconnect.max > 5000)
            problems << QStringLiteral("a client took %1 ms to be live again after a cut (more than 5 s)").arg(reconnect.max);
        m_report = buildReport(m_run, seconds, m_started, m_refused, problems);
        printReport(m_report);
        if (!m_run.config().jsonFile.isEmpty())
            writeReport(m_report, m_run.config().jsonFile);
        Q_EMIT finished(problems.isEmpty() ? 0 : 1);
    };
    // At most kChecksInFlight order.get at a time: 100,000 sent at once would make the
    // server hold them all, and its memory at the end would be the check's, not the run's.
    auto fetchStates = [this, states, conclude] {
        auto ids = std::make_shared<QStringList>();
        for (const Journey &j : std::as_const(m_run.journeys()))
            ids->append(j.orderId);
        auto remaining = std::make_shared<qsizetype>(ids->size());
        if (*remaining == 0)
            return conclude();
        auto next = std::make_shared<std::function<void()>>();
        *next = [this, ids, states, remaining, conclude, next] {
            if (ids->isEmpty())
                return;
            const QString id = ids->takeLast();
            m_run.call(m_admin, requests::orderGet(id), [states, remaining, conclude, next, id](const Response &r) {
                states->insert(id, r.result.value(QStringLiteral("order")).toObject().value(QStringLiteral("state")).toString());
                if (--*remaining == 0) {
                    *next = nullptr; // it held itself
                    return conclude();
                }
                (*next)();
            });
        };
        for (int i = 0; i < kChecksInFlight; ++i)
            (*next)();
    };
    auto pingAll = [this, fetchStates] {
        const std::vector<PressoClient *> clients = simClients();
        auto remaining = std::make_shared<int>(int(clients.size()));
        if (*remaining == 0)
            return fetchStates();
        for (PressoClient *c : clients) {
            m_run.call(*c, requests::ping(), [remaining, fetchStates](const Response &) {
                if (--*remaining == 0)
                    fetchStates();
            });
        }
    };
    auto fetchLog = std::make_shared<std::function<void(qint64)>>();
    *fetchLog = [this, log, pingAll, fetchLog](qint64 after) {
        m_run.call(m_admin, requests::eventsSince(after, kEventPage),
                   [log, pingAll, fetchLog](const Response &r) {
                       const QJsonArray events = r.result.value(QStringLiteral("events")).toArray();
                       for (const QJsonValue &v : events) {
                           const QJsonObject o = v.toObject();
                           const auto event = Event::fromJson(o.value(QStringLiteral("event")).toObject());
                           if (!event)
                               continue;
                           const QJsonObject order = event->detail.value(QStringLiteral("order")).toObject();
                           log->append({o.value(QStringLiteral("seq")).toInteger(), event->type,
                                        order.value(QStringLiteral("id")).toString()});
                       }
                       if (events.size() == kEventPage) {
                           (*fetchLog)(log->last().seq);
                       } else {
                           *fetchLog = nullptr; // it held itself, for the next page
                           pingAll();
                       }
                   });
    };
    (*fetchLog)(m_startSeq);
}

} // namespace presso::robot

#pragma once

#include "robotrun.h"
#include "simbarista.h"
#include "simkiosk.h"

#include <QTimer>

namespace presso::robot {

// A robot run: provisions its devices through the protocol, starts journeys at the
// configured rate while simulated baristas work, then drains, checks that nothing was
// lost, and reports. finished(exitCode) at the end: 0 when every check held.
class Robot : public QObject
{
    Q_OBJECT
public:
    explicit Robot(RobotConfig config, QObject *parent = nullptr);
    ~Robot() override;

    void start();
    RobotRun &run() { return m_run; }
    // The report of the finished run, as written to --json.
    QJsonObject report() const { return m_report; }

Q_SIGNALS:
    // No more journeys start: the run waits for those under way to end (a customer who
    // never ordered ends with the 5-minute deadline on the server's clock).
    void draining();
    void finished(int exitCode);

private:
    void provision();
    void startSims(const QHash<QString, QString> &tokens);
    void tick();
    bool startingIsOver() const;
    void maybeDrained();
    // Journeys started and not yet ended, over all kiosks.
    int inFlight() const;
    void finish(const QString &why);
    void dropRandomLink();
    std::vector<PressoClient *> simClients();
    void fail(const QString &why);

    RobotRun m_run;
    PressoClient m_admin;
    QString m_runId;
    QString m_code;
    std::vector<std::unique_ptr<SimKiosk>> m_kiosks;
    std::vector<std::unique_ptr<SimBarista>> m_baristas;
    std::vector<std::unique_ptr<PressoClient>> m_displays;
    QTimer m_ticker;
    QTimer m_drainTimeout;
    QTimer m_dropper;
    int m_dropped = 0;
    qint64 m_startSeq = 0;
    int m_started = 0;
    int m_refused = 0;
    int m_attempts = 0;
    size_t m_nextKiosk = 0;
    double m_startedAtSec = 0;
    bool m_draining = false;
    bool m_done = false;
    QJsonObject m_report;
};

} // namespace presso::robot

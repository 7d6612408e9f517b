#pragma once

#include "robotrun.h"

#include <QJsonArray>

namespace presso::robot {

// A simulated kiosk: each journey redeems the code, submits a drink from the live
// menu, and waits for the order's end, as a customer at the kiosk would.
class SimKiosk : public QObject
{
    Q_OBJECT
public:
    SimKiosk(RobotRun &run, const QString &device, const QString &token, QObject *parent = nullptr);

    PressoClient &client() { return m_client; }
    QString device() const { return m_device; }
    int inFlight() const { return m_inFlight; }

    // Starts one journey with this code. started(true) once an order exists.
    void startJourney(const QString &code);

Q_SIGNALS:
    void started(bool ok);
    // One fewer under way (inFlight()): a journey ended, or a redeem was refused.
    void finished();

private:
    void submit(const QString &orderId, const QString &orderToken);
    void onEvent(const EventFrame &frame);

    RobotRun &m_run;
    QString m_device;
    PressoClient m_client;
    QJsonArray m_menu;
    int m_inFlight = 0;
};

} // namespace presso::robot

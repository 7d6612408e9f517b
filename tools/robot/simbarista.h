#pragma once

#include "requests.h"
#include "robotrun.h"

#include <QQueue>

namespace presso::robot {

// A simulated barista: takes the queued orders that are its share (by number), makes
// each in prepSec, and completes it, or cancels a share of them.
class SimBarista : public QObject
{
    Q_OBJECT
public:
    SimBarista(RobotRun &run, const QString &device, const QString &token, int index, int count,
               QObject *parent = nullptr);

    PressoClient &client() { return m_client; }

private:
    void consider(const QJsonObject &order);
    void workNext();
    using OrderAction = requests::OrderAction;
    void act(const QString &id, OrderAction action);
    void make(const QString &id);
    void lookAgain(const QString &id);
    void getAgain(const QString &id);
    void finish(const QString &id);

    static constexpr int kMaxLooks = 20;

    RobotRun &m_run;
    PressoClient m_client;
    QString m_device;
    int m_index;
    int m_count;
    QQueue<QString> m_queue;
    QSet<QString> m_known;
    QHash<QString, int> m_lookedAgain;
    int m_working = 0;
    int m_maxWorking = 1;
};

} // namespace presso::robot

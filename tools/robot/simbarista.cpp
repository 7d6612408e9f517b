#include "simbarista.h"

#include "requests.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QTimer>

namespace presso::robot {

SimBarista::SimBarista(RobotRun &run, const QString &device, const QString &token, int index, int count,
                       QObject *parent)
    : QObject(parent)
    , m_run(run)
    , m_client(run.config().clientOptions(Role::Barista, token))
    , m_index(index)
    , m_count(std::max(1, count))
{
    // A person makes two drinks at once; with no preparation time this is a load run,
    // where the barista's requests are pipelined.
    m_maxWorking = run.config().prepSec > 0 ? 2 : 64;
    run.trace(m_client, device, Role::Barista, device);
    connect(&m_client, &PressoClient::snapshot, this, [this](const QJsonObject &snapshot, bool) {
        for (const QJsonValue &v : snapshot.value(QStringLiteral("orders")).toArray())
            consider(v.toObject());
    });
    connect(&m_client, &PressoClient::event, this, [this](const EventFrame &frame) {
        if (frame.event.type == EventType::WaitingCompletion)
            consider(frame.event.detail.value(QStringLiteral("order")).toObject());
    });
    m_client.start();
}

void SimBarista::consider(const QJsonObject &order)
{
    const QString id = order.value(QStringLiteral("id")).toString();
    if (order.value(QStringLiteral("state")).toString() != QLatin1String("QUEUED") || m_known.contains(id))
        return;
    if (order.value(QStringLiteral("number")).toInt() % m_count != m_index)
        return;
    m_known.insert(id);
    m_queue.enqueue(id);
    workNext();
}

void SimBarista::workNext()
{
    if (m_working >= m_maxWorking || m_queue.isEmpty())
        return;
    ++m_working;
    const QString id = m_queue.dequeue();
    using requests::OrderAction;
    m_run.call(m_client, requests::orderAction(OrderAction::Claim, id), [this, id](const Response &claimed) {
        if (!claimed.ok) {
            --m_working;
            workNext();
            return;
        }
        const bool cancel = QRandomGenerator::global()->generateDouble() < m_run.config().cancelShare;
        const int prepMs = int(m_run.config().prepSec * 1000);
        QTimer::singleShot(prepMs, this, [this, id, cancel] {
            const auto action = cancel ? OrderAction::Cancel : OrderAction::Complete;
            m_run.call(m_client, requests::orderAction(action, id), [this](const Response &) {
                --m_working;
                workNext();
            });
        });
    });
}

} // namespace presso::robot

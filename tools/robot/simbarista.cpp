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
    , m_client(run.config().clientOptions(Role::Barista, token, {EventType::WaitingCompletion}))
    , m_device(device)
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
    act(m_queue.dequeue(), OrderAction::Claim);
}

void SimBarista::act(const QString &id, OrderAction action)
{
    m_run.call(m_client, requests::orderAction(action, id), [this, id, action](const Response &r) {
        if (!r.ok)
            lookAgain(id);
        else if (action == OrderAction::Claim)
            make(id);
        else
            finish(id);
    });
}

void SimBarista::make(const QString &id)
{
    const bool cancel = QRandomGenerator::global()->generateDouble() < m_run.config().cancelShare;
    const int prepMs = int(m_run.config().prepSec * 1000);
    QTimer::singleShot(prepMs, this, [this, id, cancel] { act(id, cancel ? OrderAction::Cancel : OrderAction::Complete); });
}

void SimBarista::lookAgain(const QString &id)
{
    // As a barista looks at the card: what the server holds decides the next step, so an
    // order whose last step got no answer (its server died) is still made and finished.
    // Each look waits longer than the last (0.1 s, doubling, at most 3 s): a server that
    // is overloaded or coming back gets room, and the card is not dropped in a second.
    const int looks = ++m_lookedAgain[id];
    if (looks > kMaxLooks) {
        finish(id);
        return;
    }
    QTimer::singleShot(std::min(3000, 100 << std::min(looks - 1, 5)), this, [this, id] { getAgain(id); });
}

void SimBarista::getAgain(const QString &id)
{
    m_run.call(m_client, requests::orderGet(id), [this, id](const Response &r) {
        const auto order = requests::orderOf(r);
        if (!r.ok && !order)
            lookAgain(id);
        else if (order && order->state == OrderState::Queued)
            act(id, OrderAction::Claim);
        else if (order && order->state == OrderState::InProduction && order->baristaId == m_device)
            make(id);
        else
            finish(id); // done, or another barista's
    });
}

void SimBarista::finish(const QString &id)
{
    m_lookedAgain.remove(id);
    --m_working;
    workNext();
}

} // namespace presso::robot

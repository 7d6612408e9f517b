#include "simkiosk.h"

#include "requests.h"

#include <QJsonArray>
#include <QRandomGenerator>

namespace presso::robot {

namespace {
const QStringList kNames{QStringLiteral("Ana"), QStringLiteral("Ben"), QStringLiteral("Chen"),
                         QStringLiteral("Dara"), QStringLiteral("Eli"), QStringLiteral("Femi"),
                         QStringLiteral("Gus"), QStringLiteral("Hana"), QStringLiteral("Ivo"),
                         QStringLiteral("Jo"), QStringLiteral("Kai"), QStringLiteral("Lea")};
} // namespace

SimKiosk::SimKiosk(RobotRun &run, const QString &device, const QString &token, QObject *parent)
    : QObject(parent)
    , m_run(run)
    , m_device(device)
    , m_client(run.config().clientOptions(
          Role::Kiosk, token, {EventType::OrderCompleted, EventType::OrderCancelled, EventType::OrderTimeOut}))
{
    run.trace(m_client, device, Role::Kiosk, device);
    connect(&m_client, &PressoClient::snapshot, this, [this](const QJsonObject &snapshot, bool) {
        m_menu = snapshot.value(QStringLiteral("menu")).toArray();
    });
    connect(&m_client, &PressoClient::event, this, &SimKiosk::onEvent);
    m_client.start();
}

void SimKiosk::startJourney(const QString &code)
{
    auto *rng = QRandomGenerator::global();
    const QString name = kNames.at(rng->bounded(int(kNames.size())));
    ++m_inFlight;
    m_run.call(m_client, requests::qrRedeem(code, name), [this](const Response &r) {
        const auto redeemed = requests::redeemedOf(r);
        if (!redeemed) {
            --m_inFlight;
            Q_EMIT started(false);
            // The refused one may have been the last still under way.
            Q_EMIT finished();
            return;
        }
        m_run.journeys().insert(redeemed->orderId, Journey{redeemed->orderId, m_device, std::nullopt, {}, {}, {}});
        Q_EMIT started(true);
        submit(redeemed->orderId, redeemed->orderToken);
    });
}

void SimKiosk::submit(const QString &orderId, const QString &orderToken)
{
    auto *rng = QRandomGenerator::global();
    QJsonArray available;
    for (const QJsonValue &v : std::as_const(m_menu)) {
        if (v.toObject().value(QStringLiteral("available")).toBool())
            available.append(v);
    }
    if (available.isEmpty()) {
        // Nothing to order: the customer walks away and the deadline ends the order.
        return;
    }
    const QJsonObject drink = available.at(rng->bounded(int(available.size()))).toObject();
    QStringList modifiers;
    for (const QJsonValue &g : drink.value(QStringLiteral("modifiers")).toArray()) {
        const QJsonArray options = g.toObject().value(QStringLiteral("options")).toArray();
        if (!options.isEmpty() && rng->bounded(2) == 0)
            modifiers.append(options.at(rng->bounded(int(options.size()))).toString());
    }
    const Request request = requests::orderSubmit(orderId, orderToken, drink.value(QStringLiteral("drink")).toString(),
                                                  modifiers, QString());
    m_run.call(m_client, request, [this, orderId](const Response &r) {
        Journey &j = m_run.journeys()[orderId];
        if (!r.ok) {
            j.submitError = errorCodeName(r.error.code);
            return; // the customer deadline will end it
        }
        const QJsonObject order = r.result.value(QStringLiteral("order")).toObject();
        j.number = order.value(QStringLiteral("number")).toInt();
        j.day = order.value(QStringLiteral("submittedAt")).toString().left(10);
    });
}

void SimKiosk::onEvent(const EventFrame &frame)
{
    const EventType t = frame.event.type;
    if (t != EventType::OrderCompleted && t != EventType::OrderCancelled && t != EventType::OrderTimeOut)
        return;
    const QString id = frame.event.detail.value(QStringLiteral("order")).toObject().value(QStringLiteral("id")).toString();
    auto it = m_run.journeys().find(id);
    if (it == m_run.journeys().end() || it->kiosk != m_device)
        return;
    it->terminalEvents.append(eventTypeName(t));
    if (it->terminalEvents.size() == 1) {
        --m_inFlight;
        Q_EMIT finished();
    }
}

} // namespace presso::robot

#include "baristamodel.h"

#include "pressoclient.h"
#include "wire.h"

#include <QJsonArray>
#include <QPointer>
#include <QTimer>
#include <QUuid>

namespace presso {

BaristaModel::BaristaModel(PressoClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    connect(&client, &PressoClient::snapshot, this, &BaristaModel::onSnapshot);
    connect(&client, &PressoClient::event, this, &BaristaModel::onEvent);
    // Liveness is the client's own state; a change of it is a change to show.
    connect(&client, &PressoClient::live, this, &BaristaModel::changed);
    connect(&client, &PressoClient::stale, this, &BaristaModel::changed);
    // Ages and the leaving of ready orders move with time.
    auto *timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, [this] {
        // Ready orders that have left the screen are not kept all day.
        const Millis t = now();
        m_orders.removeIf([&](const auto &it) {
            const Order &o = it.value();
            return o.state == OrderState::Completed && o.completedAt && t - *o.completedAt >= kReadyShownMs
                   && !m_inFlight.contains(o.id.value) && !(m_undo && m_undo->orderId == o.id.value);
        });
        Q_EMIT changed();
    });
    timer->start(1000);
    if (Clock *clock = client.options().clock)
        connect(clock, &Clock::jumped, this, &BaristaModel::changed);
}

bool BaristaModel::live() const
{
    return m_client.isLive();
}

Millis BaristaModel::now() const
{
    return m_client.serverNow();
}

void BaristaModel::onSnapshot(const QJsonObject &snapshot, bool resumed)
{
    if (const auto shop = ShopSettings::fromJson(snapshot.value(QStringLiteral("shop")).toObject()))
        m_shop = *shop;
    if (const auto menu = Menu::fromJson(snapshot.value(QStringLiteral("menu")).toArray()))
        m_menu = *menu;
    if (!resumed) {
        // The columns become exactly the server's state.
        m_orders.clear();
        for (const QJsonValue &v : snapshot.value(QStringLiteral("orders")).toArray()) {
            if (const auto order = Order::fromJson(v.toObject()))
                upsert(*order);
        }
    }
    Q_EMIT changed();
}

void BaristaModel::upsert(const Order &order)
{
    if (order.state == OrderState::Queued || order.state == OrderState::InProduction
        || order.state == OrderState::Completed)
        m_orders.insert(order.id.value, order);
    else
        m_orders.remove(order.id.value);
}

void BaristaModel::onEvent(const EventFrame &frame)
{
    const QJsonObject &d = frame.event.detail;
    if (frame.event.type == EventType::ConfigChanged) {
        if (const auto shop = ShopSettings::fromJson(d.value(QStringLiteral("shop")).toObject()))
            m_shop = *shop;
        if (const auto menu = Menu::fromJson(d.value(QStringLiteral("menu")).toArray()))
            m_menu = *menu;
    } else if (d.contains(QStringLiteral("order"))) {
        if (const auto order = Order::fromJson(d.value(QStringLiteral("order")).toObject())) {
            const bool isNew = !m_orders.contains(order->id.value) && order->state == OrderState::Queued;
            upsert(*order);
            if (isNew && frame.event.type == EventType::WaitingCompletion)
                Q_EMIT newOrder(*order);
        }
    }
    Q_EMIT changed();
}

QList<Order> BaristaModel::inState(OrderState state) const
{
    QList<Order> out;
    for (const Order &o : m_orders) {
        if (o.state == state)
            out.append(o);
    }
    std::sort(out.begin(), out.end(), [](const Order &a, const Order &b) {
        return std::tuple(a.submittedAt.value_or(a.createdAt), a.number.value_or(0))
               < std::tuple(b.submittedAt.value_or(b.createdAt), b.number.value_or(0));
    });
    return out;
}

QList<Order> BaristaModel::waiting() const
{
    return inState(OrderState::Queued);
}

QList<Order> BaristaModel::making() const
{
    return inState(OrderState::InProduction);
}

QList<Order> BaristaModel::ready() const
{
    QList<Order> out;
    const Millis t = now();
    for (const Order &o : inState(OrderState::Completed)) {
        if (o.completedAt && t - *o.completedAt < kReadyShownMs)
            out.prepend(o);
    }
    return out;
}

std::optional<Order> BaristaModel::order(const QString &id) const
{
    const auto it = m_orders.constFind(id);
    return it == m_orders.constEnd() ? std::nullopt : std::optional<Order>(*it);
}

qint64 BaristaModel::ageMs(const Order &order) const
{
    return std::max<qint64>(0, now() - order.submittedAt.value_or(order.createdAt));
}

BaristaModel::Age BaristaModel::ageOf(const Order &order) const
{
    const qint64 age = ageMs(order);
    if (age < 2 * 60'000)
        return Age::Fresh;
    return age < 5 * 60'000 ? Age::Late : Age::Overdue;
}

bool BaristaModel::act(const QString &op, const QString &orderId, const QString &undoLabel)
{
    // A cancelled order has left the columns, yet its Undo must still reach the server.
    const bool undoing = m_undo && m_undo->orderId == orderId;
    if (m_inFlight.contains(orderId) || (!m_orders.contains(orderId) && !undoing))
        return false;
    m_inFlight.insert(orderId);
    m_lastError.clear();
    Q_EMIT changed();
    Request req;
    req.op = op;
    req.args = QJsonObject{{QStringLiteral("orderId"), orderId}};
    // A tap after a lost answer is the same action: it keeps the first tap's key, so the
    // server runs it once even if the first one did arrive.
    const QString retryKey = op + QLatin1Char('/') + orderId;
    req.requestId = m_retryKeys.value(retryKey, QUuid::createUuid().toString(QUuid::WithoutBraces));
    m_retryKeys.insert(retryKey, req.requestId);
    m_client.request(req, [this, op, orderId, undoLabel, retryKey, guard = QPointer<BaristaModel>(this)](const Response &r) {
        if (!guard)
            return;
        m_inFlight.remove(orderId);
        if (r.ok || r.serverTime != 0) // the server answered: the next tap is a new action
            m_retryKeys.remove(retryKey);
        if (r.ok) {
            if (const auto order = Order::fromJson(r.result.value(QStringLiteral("order")).toObject())) {
                upsert(*order);
                if (op == QLatin1String("order.claim"))
                    Q_EMIT claimed(*order);
                if (!undoLabel.isEmpty())
                    m_undo = Undoable{orderId, undoLabel.arg(order->number.value_or(0)), order->finishedAt.value_or(now())};
                else if (m_undo && m_undo->orderId == orderId)
                    m_undo.reset();
            }
        } else {
            m_lastError = r.error.message;
        }
        Q_EMIT changed();
    });
    return true;
}

bool BaristaModel::make(const QString &orderId)
{
    return act(QStringLiteral("order.claim"), orderId);
}

bool BaristaModel::unmake(const QString &orderId)
{
    return act(QStringLiteral("order.unclaim"), orderId);
}

bool BaristaModel::markReady(const QString &orderId)
{
    return act(QStringLiteral("order.complete"), orderId, tr("Ready #%1"));
}

bool BaristaModel::canUndo() const
{
    return m_undo && now() - m_undo->at <= wire::kRecallWindowMs && !m_inFlight.contains(m_undo->orderId);
}

QString BaristaModel::undoLabel() const
{
    return m_undo ? tr("Undo %1").arg(m_undo->what) : QString();
}

bool BaristaModel::undo()
{
    if (!canUndo())
        return false;
    return act(QStringLiteral("order.recall"), m_undo->orderId);
}

void BaristaModel::requestCancel(const QString &orderId)
{
    m_pendingCancel = orderId;
    Q_EMIT changed();
}

bool BaristaModel::confirmCancel()
{
    const QString id = std::exchange(m_pendingCancel, QString());
    return !id.isEmpty() && act(QStringLiteral("order.cancel"), id, tr("Cancel #%1"));
}

void BaristaModel::dismissCancel()
{
    m_pendingCancel.clear();
    Q_EMIT changed();
}

bool BaristaModel::setAvailable(const QString &drink, bool available)
{
    m_client.request(QStringLiteral("menu.setAvailable"), {{QStringLiteral("drink"), drink}, {QStringLiteral("available"), available}},
                     this, [this](const Response &r) {
                         if (r.ok) {
                             if (const auto menu = Menu::fromJson(r.result.value(QStringLiteral("menu")).toArray()))
                                 m_menu = *menu;
                         } else {
                             m_lastError = r.error.message;
                         }
                         Q_EMIT changed();
                     });
    return true;
}

QList<std::pair<QString, int>> BaristaModel::allDay() const
{
    QMap<QString, int> counts;
    for (const Order &o : m_orders) {
        if (o.state != OrderState::Queued && o.state != OrderState::InProduction)
            continue;
        QString label = o.drink;
        if (!o.modifiers.isEmpty())
            label += QStringLiteral(" · ") + o.modifiers.join(QStringLiteral(", "));
        ++counts[label];
    }
    QList<std::pair<QString, int>> out;
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
        out.append({it.key(), it.value()});
    std::stable_sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    return out;
}

void BaristaModel::refreshStats()
{
    m_client.request(QStringLiteral("stats.get"), {}, this, [this](const Response &r) {
        if (r.ok) {
            m_stats = r.result.value(QStringLiteral("stats")).toObject();
            Q_EMIT statsChanged();
        }
    });
}

bool BaristaModel::setShopOpen(bool open)
{
    if (m_shopRequest)
        return false;
    m_shopRequest = true;
    m_client.request(QStringLiteral("shop.setOpen"), {{QStringLiteral("open"), open}}, this, [this](const Response &r) {
        m_shopRequest = false;
        if (r.ok) {
            if (const auto shop = ShopSettings::fromJson(r.result.value(QStringLiteral("shop")).toObject()))
                m_shop = *shop;
        } else {
            m_lastError = r.error.message;
        }
        Q_EMIT changed();
    });
    return true;
}

} // namespace presso

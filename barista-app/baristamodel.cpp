#include "baristamodel.h"

#include "pressoclient.h"
#include "wire.h"

#include <QJsonArray>
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
                   && !m_inFlight.contains(o.id.value) && !(m_recallable && m_recallable->orderId == o.id.value);
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
        // It holds what answered actions did; unanswered ones are still being retried.
        m_inFlight.removeIf([](const auto &it) { return it.value().answered; });
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
            // The event an answered action waited for: the order is free again.
            if (m_inFlight.value(order->id.value).answered)
                m_inFlight.remove(order->id.value);
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

namespace {
// The one place an action meets the word the screen shows for it.
const char *screenWordOf(OrderAction action)
{
    switch (action) {
    case OrderAction::Claim: return QT_TRANSLATE_NOOP("presso::BaristaModel", "Make");
    case OrderAction::Unclaim: return QT_TRANSLATE_NOOP("presso::BaristaModel", "Unmake");
    case OrderAction::Complete: return QT_TRANSLATE_NOOP("presso::BaristaModel", "Ready");
    case OrderAction::Cancel: return QT_TRANSLATE_NOOP("presso::BaristaModel", "Cancel");
    case OrderAction::Recall: return QT_TRANSLATE_NOOP("presso::BaristaModel", "Undo");
    }
    return "";
}
} // namespace

QString BaristaModel::screenWord(OrderAction action)
{
    return tr(screenWordOf(action));
}

QString BaristaModel::buttonName(OrderAction action)
{
    return QString::fromLatin1(screenWordOf(action)).toLower();
}

QList<OrderAction> BaristaModel::actionsFor(const Order &order)
{
    switch (order.state) {
    case OrderState::Queued: return {OrderAction::Claim, OrderAction::Cancel};
    case OrderState::InProduction: return {OrderAction::Complete, OrderAction::Unclaim, OrderAction::Cancel};
    default: return {};
    }
}

std::optional<OrderAction> BaristaModel::nextAction(const Order &order)
{
    const QList<OrderAction> actions = actionsFor(order);
    return actions.isEmpty() ? std::nullopt : std::optional(actions.first());
}

bool BaristaModel::act(OrderAction action, const QString &orderId)
{
    // A cancelled order has left the columns, yet its recall must still reach the server.
    const bool recalling = m_recallable && m_recallable->orderId == orderId;
    if (m_inFlight.contains(orderId) || (!m_orders.contains(orderId) && !recalling))
        return false;
    m_inFlight.insert(orderId, InFlight{shownState(orderId)});
    m_lastError.clear();
    Q_EMIT changed();
    Request req = requests::orderAction(action, orderId);
    // A tap after a lost answer is the same action: it keeps the first tap's key, so the
    // server runs it once even if the first one did arrive.
    const QString retryKey = req.op + QLatin1Char('/') + orderId;
    req.requestId = m_retryKeys.value(retryKey, QUuid::createUuid().toString(QUuid::WithoutBraces));
    m_retryKeys.insert(retryKey, req.requestId);
    m_client.request(req, this, [this, action, orderId, retryKey](const Response &r) {
        if (r.ok || r.serverTime != 0) // the server answered: the next tap is a new action
            m_retryKeys.remove(retryKey);
        onAnswered(action, orderId, r);
    });
    return true;
}

// The answer only confirms: the order moves when its event comes, which may be before
// or after this. Until then the order stays in flight, so a tap cannot act on a state the
// server has left.
void BaristaModel::onAnswered(OrderAction action, const QString &orderId, const Response &r)
{
    const auto it = m_inFlight.find(orderId);
    if (it != m_inFlight.end()) {
        if (!r.ok || shownState(orderId) != it->from)
            m_inFlight.erase(it);
        else
            it->answered = true;
    }
    if (const auto order = requests::orderOf(r)) {
        if (action == OrderAction::Claim)
            Q_EMIT claimed(*order);
        if (action == OrderAction::Complete || action == OrderAction::Cancel) {
            const QString what = tr("%1 #%2").arg(screenWord(action)).arg(order->number.value_or(0));
            m_recallable = Recallable{orderId, what, order->finishedAt.value_or(now())};
        } else if (m_recallable && m_recallable->orderId == orderId) {
            m_recallable.reset();
        }
    } else if (!r.ok) {
        m_lastError = r.error.message;
    }
    Q_EMIT changed();
}

std::optional<OrderState> BaristaModel::shownState(const QString &orderId) const
{
    const auto it = m_orders.constFind(orderId);
    return it == m_orders.constEnd() ? std::nullopt : std::optional(it->state);
}

bool BaristaModel::claim(const QString &orderId)
{
    return act(OrderAction::Claim, orderId);
}

bool BaristaModel::unclaim(const QString &orderId)
{
    return act(OrderAction::Unclaim, orderId);
}

bool BaristaModel::complete(const QString &orderId)
{
    return act(OrderAction::Complete, orderId);
}

bool BaristaModel::advance(const QString &orderId)
{
    const auto o = order(orderId);
    const auto next = o ? nextAction(*o) : std::nullopt;
    return next && act(*next, orderId);
}

bool BaristaModel::perform(OrderAction action, const QString &orderId)
{
    switch (action) {
    case OrderAction::Cancel:
        requestCancel(orderId);
        return true;
    case OrderAction::Recall:
        return m_recallable && m_recallable->orderId == orderId && recall();
    default:
        return act(action, orderId);
    }
}

bool BaristaModel::canRecall() const
{
    return m_recallable && now() - m_recallable->at <= wire::kRecallWindowMs
           && !m_inFlight.contains(m_recallable->orderId);
}

QString BaristaModel::recallLabel() const
{
    return m_recallable ? tr("%1 %2").arg(screenWord(OrderAction::Recall), m_recallable->what) : QString();
}

bool BaristaModel::recall()
{
    return canRecall() && act(OrderAction::Recall, m_recallable->orderId);
}

void BaristaModel::requestCancel(const QString &orderId)
{
    m_pendingCancel = orderId;
    Q_EMIT changed();
}

bool BaristaModel::confirmCancel()
{
    const QString id = std::exchange(m_pendingCancel, QString());
    return !id.isEmpty() && act(OrderAction::Cancel, id);
}

void BaristaModel::dismissCancel()
{
    m_pendingCancel.clear();
    Q_EMIT changed();
}

bool BaristaModel::setAvailable(const QString &drink, bool available)
{
    // The menu changes with the server's ConfigChanged event; the answer only confirms.
    m_client.request(requests::menuSetAvailable(drink, available), this, [this](const Response &r) {
        if (!r.ok) {
            m_lastError = r.error.message;
            Q_EMIT changed();
        }
    });
    return true;
}

QList<std::pair<QString, int>> BaristaModel::allDay() const
{
    QMap<QString, int> counts;
    for (const Order &o : m_orders) {
        if (o.state != OrderState::Queued && o.state != OrderState::InProduction)
            continue;
        ++counts[drinkText(o)];
    }
    QList<std::pair<QString, int>> out;
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
        out.append({it.key(), it.value()});
    std::stable_sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    return out;
}

void BaristaModel::refreshStats()
{
    m_client.request(requests::statsGet(), this, [this](const Response &r) {
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
    // As the menu: the shop opens or closes on screen with its ConfigChanged event.
    m_client.request(requests::shopSetOpen(open), this, [this](const Response &r) {
        m_shopRequest = false;
        if (!r.ok)
            m_lastError = r.error.message;
        Q_EMIT changed();
    });
    return true;
}

} // namespace presso

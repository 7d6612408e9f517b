#include "boardmodel.h"

#include "pressoclient.h"
#include "requests.h"

#include <QJsonArray>
#include <QTimer>
#include <algorithm>
#include <cmath>

namespace presso {

namespace {
// Once a second is enough for m:ss and a bar 300 s long, and keeps an idle TV idle.
constexpr int kTickMs = 1000;
constexpr double kDefaultMinutesPerDrink = 2.0;

std::optional<Order> orderIn(const QJsonObject &detail)
{
    const auto order = Order::fromJson(detail.value(QStringLiteral("order")).toObject());
    return order ? std::optional<Order>(*order) : std::nullopt;
}
} // namespace

BoardModel::BoardModel(PressoClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    connect(&client, &PressoClient::snapshot, this, &BoardModel::onSnapshot);
    connect(&client, &PressoClient::event, this, &BoardModel::onEvent);
    // Liveness is the client's own state; a change of it is a change to show.
    connect(&client, &PressoClient::live, this, &BoardModel::changed);
    connect(&client, &PressoClient::stale, this, &BoardModel::changed);
    // The bar, the countdown and the leaving of ready orders move with time.
    auto *timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, &BoardModel::tick);
    timer->start(kTickMs);
    if (Clock *clock = client.options().clock)
        connect(clock, &Clock::jumped, this, &BoardModel::tick);
}

bool BoardModel::live() const
{
    return m_client.isLive();
}

Millis BoardModel::now() const
{
    return m_client.serverNow();
}

void BoardModel::onSnapshot(const QJsonObject &snapshot, bool resumed)
{
    if (const auto shop = ShopSettings::fromJson(snapshot.value(QStringLiteral("shop")).toObject())) {
        m_shop = *shop;
        m_hasConfig = true;
    }
    if (const auto menu = Menu::fromJson(snapshot.value(QStringLiteral("menu")).toArray()))
        m_menu = *menu;
    if (const auto qr = QrCode::fromJson(snapshot.value(QStringLiteral("qr")).toObject()))
        m_qr = *qr;
    if (!resumed) {
        // Not resumed: the snapshot is the truth, whatever was shown before.
        m_orders.clear();
        for (const QJsonValue &v : snapshot.value(QStringLiteral("orders")).toArray()) {
            if (const auto order = Order::fromJson(v.toObject()))
                upsert(*order);
        }
    }
    Q_EMIT changed();
}

void BoardModel::upsert(const Order &order)
{
    const bool onBoard = order.state == OrderState::Queued || order.state == OrderState::InProduction
                         || order.state == OrderState::Completed;
    if (onBoard)
        m_orders.insert(order.id.value, order);
    else
        m_orders.remove(order.id.value);
}

void BoardModel::onEvent(const EventFrame &frame)
{
    const QJsonObject &d = frame.event.detail;
    switch (frame.event.type) {
    case EventType::NewCode:
        if (const auto qr = QrCode::fromJson(d))
            m_qr = *qr;
        break;
    case EventType::NewOrder:
        if (m_qr && d.value(QStringLiteral("bucket")).toInteger() == m_qr->bucket)
            m_qr->tokensLeft = d.value(QStringLiteral("tokensLeft")).toInt();
        break;
    case EventType::ConfigChanged:
        if (const auto shop = ShopSettings::fromJson(d.value(QStringLiteral("shop")).toObject()))
            m_shop = *shop;
        if (const auto menu = Menu::fromJson(d.value(QStringLiteral("menu")).toArray()))
            m_menu = *menu;
        break;
    case EventType::OrderCompleted:
        if (const auto order = orderIn(d)) {
            upsert(*order);
            Q_EMIT callout(calloutText(*order, m_menu.drinkOf(*order)),
                           calloutText(*order, m_menu.drinkOf(*order, QStringLiteral("en")), true));
        }
        break;
    case EventType::WaitingCompletion:
    case EventType::MakeOrder:
    case EventType::OrderCancelled:
    case EventType::OrderTimeOut:
    case EventType::OrderRecalled:
        if (const auto order = orderIn(d))
            upsert(*order);
        break;
    default:
        break;
    }
    Q_EMIT changed();
}

void BoardModel::tick()
{
    // A TV runs all day: forget completed orders once they are off the board and out of
    // the pace window, so the board's memory stays the size of the last half hour.
    const Millis t = now();
    for (auto it = m_orders.begin(); it != m_orders.end();) {
        if (it->completedAt && t - *it->completedAt >= kPaceWindowMs)
            it = m_orders.erase(it);
        else
            ++it;
    }
    if (m_qr && now() >= m_qr->endsAt)
        refreshCode();
    Q_EMIT changed();
}

// The server announces each new code, but a display that missed the moment (or whose
// clock runs ahead) asks for it rather than showing an expired one.
void BoardModel::refreshCode()
{
    if (m_refreshing || !live())
        return;
    m_refreshing = true;
    m_client.request(requests::qrCurrent(), this, [this](const Response &r) {
        m_refreshing = false;
        if (r.ok) {
            if (const auto qr = QrCode::fromJson(r.result.value(QStringLiteral("qr")).toObject()))
                m_qr = *qr;
            Q_EMIT changed();
        }
    });
}

BoardModel::CodeView BoardModel::codeView() const
{
    CodeView v;
    if (!m_qr)
        return v;
    const Millis t = now();
    v.url = m_qr->url;
    v.code = m_qr->code;
    v.phones = m_shop.phoneOrdering;
    v.drinksLeft = m_qr->tokensLeft;
    const qint64 interval = std::max<qint64>(1, m_qr->endsAt - m_qr->startsAt);
    v.msLeft = std::max<qint64>(0, m_qr->endsAt - t);
    v.fractionLeft = std::clamp(double(v.msLeft) / double(interval), 0.0, 1.0);
    const bool current = t >= m_qr->startsAt && t < m_qr->endsAt;
    const bool ending = v.msLeft <= qint64(m_shop.codeHideBeforeEndSec) * 1000;
    v.visible = current && m_qr->tokensLeft > 0 && !ending;
    return v;
}

QList<Order> BoardModel::preparing() const
{
    QList<Order> out;
    for (const Order &o : m_orders) {
        if (o.state == OrderState::Queued || o.state == OrderState::InProduction)
            out.append(o);
    }
    std::sort(out.begin(), out.end(), [](const Order &a, const Order &b) {
        return std::tuple(a.submittedAt.value_or(a.createdAt), a.number.value_or(0))
               < std::tuple(b.submittedAt.value_or(b.createdAt), b.number.value_or(0));
    });
    return out;
}

QList<Order> BoardModel::ready() const
{
    const Millis t = now();
    QList<Order> out;
    for (const Order &o : m_orders) {
        if (o.state == OrderState::Completed && o.completedAt && t - *o.completedAt < kReadyShownMs)
            out.append(o);
    }
    // Ties (completed within the same millisecond) fall back on the number, so the list
    // does not shuffle between repaints.
    std::sort(out.begin(), out.end(), [](const Order &a, const Order &b) {
        return std::tuple(*a.completedAt, a.number.value_or(0)) > std::tuple(*b.completedAt, b.number.value_or(0));
    });
    return out;
}

bool BoardModel::isHighlighted(const Order &order) const
{
    return order.completedAt && now() - *order.completedAt < kReadyHighlightMs;
}

QString BoardModel::waitLine() const
{
    const int wait = estimatedWaitMinutes();
    if (codeView().visible)
        return tr("Order now: ready in about %Ln minute(s)", nullptr, wait);
    return tr("Drinks are ready in about %Ln minute(s)", nullptr, wait);
}

int BoardModel::estimatedWaitMinutes() const
{
    // Pace: the average gap between the last completions, within the last half hour.
    QList<Millis> done;
    const Millis t = now();
    for (const Order &o : m_orders) {
        if (o.completedAt && t - *o.completedAt < kPaceWindowMs)
            done.append(*o.completedAt);
    }
    std::sort(done.begin(), done.end());
    double minutesPerDrink = kDefaultMinutesPerDrink;
    if (done.size() >= 3)
        minutesPerDrink = std::clamp(double(done.last() - done.first()) / double(done.size() - 1) / 60'000.0, 0.5, 10.0);
    return std::max(1, int(std::ceil((preparing().size() + 1) * minutesPerDrink)));
}

QString BoardModel::calloutText(const Order &order, const QString &drinkName, bool english)
{
    const QString number = order.number ? QString::number(*order.number) : QString();
    const QString drink = english ? drinkInSentence(drinkName, QLocale(QLocale::English)) : drinkInSentence(drinkName);
    // The source of a translation is its English.
    const auto words = [english](const char *source) { return english ? QString::fromUtf8(source) : tr(source); };
    if (order.customerName.isEmpty())
        return words(QT_TR_NOOP("Order %1, your %2 is ready")).arg(number, drink);
    return words(QT_TR_NOOP("Order %1, %2, your %3 is ready")).arg(number, order.customerName, drink);
}

} // namespace presso

#include "kioskcontroller.h"

#include <QUrl>

#include "pressoclient.h"
#include "qrcode.h"
#include "requests.h"
#include "timeutil.h"

#include <QJsonArray>
#include <QUuid>

namespace presso {

namespace {
QString newSubmitKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
} // namespace

KioskController::KioskController(PressoClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_resetTimer.setSingleShot(true);
    m_resetTimer.setInterval(20'000);
    connect(&m_resetTimer, &QTimer::timeout, this, &KioskController::done);
    // The deadline bar moves with time.
    connect(&m_tick, &QTimer::timeout, this, &KioskController::changed);
    m_tick.start(500);
    // The kiosk hears only its own order's events, so its place in line is asked for.
    m_positionPoll.setInterval(3000);
    connect(&m_positionPoll, &QTimer::timeout, this, &KioskController::pollPosition);
    connect(&client, &PressoClient::snapshot, this, [this](const QJsonObject &s, bool) { onSnapshot(s); });
    connect(&client, &PressoClient::event, this, &KioskController::onEvent);
}

Millis KioskController::now() const
{
    return m_client.serverNow();
}

void KioskController::setStage(Stage stage, const QString &message)
{
    m_stage = stage;
    m_message = message;
    Q_EMIT changed();
}

void KioskController::onSnapshot(const QJsonObject &snapshot)
{
    if (const auto shop = ShopSettings::fromJson(snapshot.value(QStringLiteral("shop")).toObject()))
        m_shop = *shop;
    if (const auto menu = Menu::fromJson(snapshot.value(QStringLiteral("menu")).toArray()))
        m_menu = *menu;
    // Our order may have moved on while the link was down.
    for (const QJsonValue &v : snapshot.value(QStringLiteral("orders")).toArray()) {
        const auto o = Order::fromJson(v.toObject());
        if (o && o->id.value == m_orderId)
            follow(*o);
    }
    Q_EMIT changed();
}

void KioskController::onEvent(const EventFrame &frame)
{
    const QJsonObject &d = frame.event.detail;
    if (frame.event.type == EventType::ConfigChanged) {
        if (const auto shop = ShopSettings::fromJson(d.value(QStringLiteral("shop")).toObject()))
            m_shop = *shop;
        if (const auto menu = Menu::fromJson(d.value(QStringLiteral("menu")).toArray())) {
            m_menu = *menu;
            // A drink chosen a moment ago may just have sold out.
            if (!m_drink.isEmpty() && !canChoose(m_drink)) {
                m_drink.clear();
                m_options.clear();
                if (m_stage == Stage::Menu)
                    m_message = tr("Sorry, that drink has just sold out. Please choose another.");
            }
        }
    } else if (const auto o = Order::fromJson(d.value(QStringLiteral("order")).toObject()); o && o->id.value == m_orderId) {
        follow(*o);
    }
    Q_EMIT changed();
}

void KioskController::follow(const Order &order)
{
    m_order = order;
    if (order.state == OrderState::TimedOut && order.reason == QLatin1String("customer_timeout")) {
        setStage(Stage::Scan, tr("Your 5 minutes to order ran out, so the order was not placed. Scan the code on the TV to start again."));
        m_orderId.clear();
        return;
    }
    if (order.state != OrderState::AwaitingOrder && m_stage != Stage::Following)
        setStage(Stage::Following);
    const bool inLine = order.state == OrderState::Queued || order.state == OrderState::InProduction;
    if (inLine && !m_positionPoll.isActive()) {
        m_positionPoll.start();
        pollPosition();
    } else if (!inLine) {
        m_positionPoll.stop();
        m_position.reset();
    }
    if (isTerminal(order.state) && !m_resetTimer.isActive())
        m_resetTimer.start();
    else if (!isTerminal(order.state))
        m_resetTimer.stop(); // the barista took back a Ready or a Cancel

}

void KioskController::pollPosition()
{
    if (m_orderId.isEmpty())
        return;
    m_client.request(requests::orderGet(m_orderId, m_orderToken), this, [this, id = m_orderId](const Response &r) {
        if (!r.ok || id != m_orderId)
            return;
        m_position = requests::queuePositionOf(r);
        Q_EMIT changed();
    });
}

QString KioskController::refusal(const Error &error) const
{
    switch (error.code) {
    case ErrorCode::InvalidCode:
        return tr("That code has expired. Scan the code on the TV now.");
    case ErrorCode::NoTokens: {
        const qint64 interval = qint64(m_shop.codeIntervalSec) * 1000;
        const Millis next = (now() / interval + 1) * interval;
        return tr("This code's drinks are all taken. A new code appears in %1.").arg(timeLeftText(next - now()));
    }
    case ErrorCode::ShopClosed:
        return tr("Sorry, the shop is not taking orders right now.");
    case ErrorCode::AtCapacity:
        return tr("Too many orders right now. Please try again in a few minutes.");
    case ErrorCode::Expired:
        return tr("Your time to order ran out. Scan the code on the TV to start again.");
    default:
        return error.message;
    }
}

void KioskController::enterCode(const QString &scannedOrTyped)
{
    if (m_stage != Stage::Scan)
        return;
    const QString code = QrCode::codeFromScan(scannedOrTyped);
    if (code.isEmpty()) {
        setStage(Stage::Scan, tr("That is not a presso code. Scan the code on the TV."));
        return;
    }
    setStage(Stage::Redeeming);
    m_client.request(requests::qrRedeem(code), this, [this](const Response &r) {
        const auto redeemed = requests::redeemedOf(r);
        if (!redeemed) {
            setStage(Stage::Scan, refusal(r.error));
            return;
        }
        m_orderId = redeemed->orderId;
        m_orderToken = redeemed->orderToken;
        m_deadline = redeemed->deadline;
        m_submitKey = newSubmitKey();
        m_order.reset();
        setStage(Stage::Menu);
    });
}

bool KioskController::canChoose(const QString &drink) const
{
    const MenuItem *item = m_menu.find(drink);
    return item && item->available;
}

bool KioskController::chooseDrink(const QString &drink)
{
    if (!canChoose(drink) || m_stage != Stage::Menu)
        return false;
    m_drink = drink;
    m_options.clear();
    m_message.clear();
    Q_EMIT changed();
    return true;
}

void KioskController::chooseOption(const QString &group, const QString &option)
{
    m_options.insert(group, option);
    Q_EMIT changed();
}

void KioskController::orderNow()
{
    if (m_drink.isEmpty() || (m_stage != Stage::Menu && m_stage != Stage::Submitting))
        return;
    Request req = requests::orderSubmit(m_orderId, m_orderToken, m_drink, m_options.values(), m_name);
    req.requestId = m_submitKey; // the same key on every tap and retry: one order
    setStage(Stage::Submitting);
    m_client.request(req, this, [this](const Response &r) {
        if (m_stage != Stage::Submitting)
            return;
        if (r.ok) {
            if (const auto o = requests::orderOf(r))
                follow(*o);
            setStage(Stage::Following);
        } else if (r.error.code == ErrorCode::InvalidOrder) {
            // Fixable here: a sold-out drink or a name the board cannot show.
            m_submitKey = newSubmitKey();
            setStage(Stage::Menu, r.error.message);
        } else {
            setStage(Stage::Scan, refusal(r.error));
        }
    });
}

bool KioskController::canCancel() const
{
    if (m_stage == Stage::Menu)
        return true;
    return m_stage == Stage::Following && m_order && m_order->state == OrderState::Queued;
}

QString KioskController::followUrl() const
{
    if (m_stage != Stage::Following || !m_order || m_orderToken.isEmpty() || !m_shop.phoneOrdering
        || m_shop.publicUrl.isEmpty())
        return {};
    if (m_order->state != OrderState::Queued && m_order->state != OrderState::InProduction)
        return {};
    const auto encoded = [](const QString &v) { return QString::fromLatin1(QUrl::toPercentEncoding(v)); };
    return m_shop.publicUrl + QStringLiteral("/o?follow=") + encoded(m_orderId) + QStringLiteral("&t=")
        + encoded(m_orderToken);
}

void KioskController::cancelOrder()
{
    if (!canCancel())
        return;
    const auto cancel = requests::orderAction(requests::OrderAction::Cancel, m_orderId, m_orderToken);
    // Cancelled while choosing, nothing was ordered: the next customer's turn at once,
    // even if the order's own event showed it cancelled first.
    const bool choosing = m_stage == Stage::Menu;
    m_client.request(cancel, this, [this, choosing](const Response &r) {
        if (r.ok && choosing) {
            done();
        } else if (r.ok) {
            if (const auto o = requests::orderOf(r))
                follow(*o);
        } else {
            m_message = r.error.message;
        }
        Q_EMIT changed();
    });
}

void KioskController::done()
{
    m_resetTimer.stop();
    m_orderId.clear();
    m_orderToken.clear();
    m_deadline.reset();
    m_drink.clear();
    m_options.clear();
    m_name.clear();
    m_order.reset();
    m_position.reset();
    m_positionPoll.stop();
    setStage(Stage::Scan);
}

qint64 KioskController::msLeft() const
{
    return m_deadline ? std::max<qint64>(0, *m_deadline - now()) : 0;
}

double KioskController::timeLeftFraction() const
{
    const double total = std::max(1, m_shop.customerTimeoutSec) * 1000.0;
    return std::clamp(double(msLeft()) / total, 0.0, 1.0);
}

} // namespace presso

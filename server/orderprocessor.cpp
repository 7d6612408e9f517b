#include "orderprocessor.h"

#include "secrets.h"
#include "serverlogging.h"

#include <QUuid>

namespace presso {

namespace {
// Real timers are capped so that a wrong guess (a clock step, a lost wake-up) heals.
constexpr qint64 kMaxTimerMs = 30'000;
} // namespace

OrderProcessor::OrderProcessor(Clock &clock, ConfigService &config, Validator &validator, OrderManager &orders,
                               EventLog &events, Transactor &transactor, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_config(config)
    , m_validator(validator)
    , m_orders(orders)
    , m_events(events)
    , m_transactor(transactor)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &OrderProcessor::processDue);
    connect(&m_clock, &Clock::jumped, this, &OrderProcessor::processDue);
    m_events.subscribe([this](const StoredEvent &e) {
        if (e.shop != m_config.shopId())
            return; // another shop's processor follows that one
        switch (e.event.type) {
        case EventType::OrderCompleted:
        case EventType::OrderCancelled:
        case EventType::OrderTimeOut: {
            // The finished event's detail is the order alone: the same bytes as the
            // ending event's when that held nothing else.
            const QJsonObject detail{{QStringLiteral("order"), e.event.detail.value(QStringLiteral("order"))}};
            m_events.append(e.shop, EventType::OrderFinished, detail, e.orderId, e.owner, e.customers,
                            e.event.detail.size() == 1 ? e.detailJson : QByteArray());
            break;
        }
        case EventType::WaitingCompletion:
        case EventType::WorkflowStarted:
        case EventType::OrderRecalled: {
            const auto deadline = millisFromIso(
                e.event.detail.value(QStringLiteral("order")).toObject().value(QStringLiteral("deadline")).toString());
            if (deadline)
                noteDeadline(*deadline);
            break;
        }
        default:
            break;
        }
    });
}

void OrderProcessor::refuse(const QString &reason)
{
    m_events.append(m_config.shopId(), EventType::ShopUnavailable, QJsonObject{{QStringLiteral("reason"), reason}});
}

Result<OrderProcessor::Started> OrderProcessor::redeem(const QString &kiosk, const QString &code,
                                                       const std::optional<QString> &customerName,
                                                       const Adopt &adopt)
{
    QString name;
    if (customerName) {
        const auto normalized = normalizeCustomerName(*customerName);
        if (!normalized)
            return normalized.error();
        name = *normalized;
    }
    const auto qr = m_validator.check(code);
    if (!qr)
        return qr.error();
    const ShopSettings &shop = m_config.shop();
    if (!shop.open) {
        refuse(QStringLiteral("closed"));
        return Error{ErrorCode::ShopClosed, QStringLiteral("The shop is closed")};
    }
    if (m_orders.countOpen() >= shop.maxOrdersInQueue) {
        refuse(QStringLiteral("capacity"));
        return Error{ErrorCode::AtCapacity, QStringLiteral("Too many orders right now: please try again in a few minutes")};
    }
    if (m_baristaPresent && !m_baristaPresent()) {
        refuse(QStringLiteral("no_barista"));
        return Error{ErrorCode::ShopClosed, QStringLiteral("No barista is on duty right now")};
    }
    Started started;
    OrderRecord &r = started.record;
    r.order.id.value = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const auto taken = m_validator.take(*qr, r.order.id);
    if (!taken)
        return taken.error();
    const Millis now = m_clock.now();
    started.orderToken = secrets::randomToken();
    r.tokenHash = secrets::hashToken(started.orderToken);
    r.kiosk = kiosk;
    r.bucket = qr->bucket;
    r.order.state = OrderState::AwaitingOrder;
    r.order.customerName = name;
    r.order.createdAt = now;
    r.order.deadline = now + qint64(shop.customerTimeoutSec) * 1000;
    m_orders.start(r, [&] {
        if (adopt)
            adopt(started);
    });
    return started;
}

void OrderProcessor::processDue()
{
    try {
        m_transactor.run([this] {
            m_orders.timeOutDue(m_clock.now());
            return 0;
        });
        m_armedFor.reset();
        arm();
    } catch (const StorageError &e) {
        qCCritical(lcOrders) << "could not time out orders:" << e.what();
        m_timer.start(1000);
    }
}

void OrderProcessor::noteDeadline(Millis deadline)
{
    if (!m_armedFor || deadline < *m_armedFor) {
        m_armedFor = deadline;
        m_timer.start(static_cast<int>(std::clamp<qint64>(deadline - m_clock.now(), 0, kMaxTimerMs)));
    }
}

void OrderProcessor::arm()
{
    if (const auto next = m_orders.nextDeadline())
        noteDeadline(*next);
    else
        m_timer.stop();
}

} // namespace presso

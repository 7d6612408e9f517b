#include "cafephone.h"

#include <QJsonArray>
#include <QTimer>
#include <QUuid>
#include <QWebSocketHandshakeOptions>

namespace presso::test {

namespace {
constexpr int kReconnectMs = 100;
const QString kHelloId = QStringLiteral("hello");
} // namespace

CafePhone::CafePhone(const QUrl &server, const QString &code, int drinks, QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_code(code)
    , m_drinks(drinks)
    , m_requestId(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    connect(&m_socket, &QWebSocket::connected, this, &CafePhone::onConnected);
    connect(&m_socket, &QWebSocket::disconnected, this, &CafePhone::onDropped);
    connect(&m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this, [this] {
        if (m_socket.state() == QAbstractSocket::UnconnectedState)
            onDropped();
    });
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &CafePhone::onText);
}

QString CafePhone::describe() const
{
    return QStringLiteral("step %1, drink %2 of %3, order %4 %5, live %6, %7 reconnects, %8 resent, last seq %9")
        .arg(int(m_step))
        .arg(m_drink)
        .arg(m_drinks)
        .arg(m_orderId, m_orderState)
        .arg(m_live)
        .arg(m_reconnects)
        .arg(m_resent)
        .arg(m_lastSeq);
}

void CafePhone::start()
{
    connectNow();
}

void CafePhone::connectNow()
{
    m_reconnecting = false;
    QWebSocketHandshakeOptions options;
    options.setSubprotocols({QStringLiteral("presso.v1")});
    m_socket.open(m_server, options);
}

void CafePhone::onConnected()
{
    QJsonObject args{{QStringLiteral("protocol"), 1}, {QStringLiteral("role"), QStringLiteral("customer")}};
    if (!m_token.isEmpty())
        args.insert(QStringLiteral("customerToken"), m_token);
    if (m_lastSeq >= 0)
        args.insert(QStringLiteral("resumeFrom"), m_lastSeq);
    send(kHelloId, QStringLiteral("hello"), args);
}

void CafePhone::onDropped()
{
    m_live = false;
    if (m_reconnecting || isDone())
        return;
    m_reconnecting = true;
    ++m_reconnects;
    QTimer::singleShot(kReconnectMs, this, &CafePhone::connectNow);
}

void CafePhone::send(const QString &id, const QString &op, const QJsonObject &args, const QString &requestId)
{
    Request r{id, op, args, requestId};
    m_socket.sendTextMessage(QString::fromUtf8(encodeFrame(r.toJson())));
}

void CafePhone::onText(const QString &text)
{
    const auto frame = decodeServerFrame(text.toUtf8());
    if (!frame) {
        m_failure = QStringLiteral("an undecodable frame: ") + text.left(200);
        return;
    }
    if (const auto *r = std::get_if<Response>(&*frame))
        return onResponse(*r);
    const EventFrame &e = std::get<EventFrame>(*frame);
    if (e.seq <= m_lastSeq)
        m_failure = QStringLiteral("event %1 came again or out of order").arg(e.seq);
    m_lastSeq = std::max(m_lastSeq, e.seq);
    seeOrder(e.event.detail.value(QStringLiteral("order")).toObject());
}

void CafePhone::onResponse(const Response &r)
{
    if (r.id.toString() == kHelloId) {
        if (!r.ok) {
            m_failure = QStringLiteral("hello refused: ") + r.error.message;
            return;
        }
        m_token = r.result.value(QStringLiteral("customerToken")).toString();
        if (!r.result.value(QStringLiteral("resumed")).toBool()) {
            m_lastSeq = qint64(r.result.value(QStringLiteral("seq")).toDouble());
            const QJsonArray orders = r.result.value(QStringLiteral("snapshot")).toObject().value(QStringLiteral("orders")).toArray();
            for (const QJsonValue &o : orders)
                seeOrder(o.toObject());
        }
        m_live = true;
        return sendStep();
    }
    if (r.id.toString() != QString::number(m_nextId - 1))
        return; // an answer to a step already left behind
    if (!r.ok) {
        m_failure = QStringLiteral("%1 refused: %2").arg(r.id.toString(), r.error.message);
        return;
    }
    if (m_step == Step::Redeem) {
        m_orderId = r.result.value(QStringLiteral("orderId")).toString();
        m_orderToken = r.result.value(QStringLiteral("orderToken")).toString();
        m_orderState = QStringLiteral("AWAITING_ORDER");
        m_orders.append(m_orderId);
        nextStep(Step::Submit);
    } else if (m_step == Step::Submit) {
        nextStep(Step::Wait);
        seeOrder(r.result.value(QStringLiteral("order")).toObject());
    }
}

void CafePhone::sendStep()
{
    if (!m_live || m_step == Step::Wait || m_step == Step::Done)
        return;
    if (std::exchange(m_stepSent, true))
        ++m_resent; // sent before, on a link that was lost: the same requestId again
    const QString id = QString::number(m_nextId++);
    if (m_step == Step::Redeem) {
        send(id, QStringLiteral("qr.redeem"), {{QStringLiteral("code"), m_code}}, m_requestId);
    } else {
        send(id, QStringLiteral("order.submit"),
             {{QStringLiteral("orderId"), m_orderId}, {QStringLiteral("orderToken"), m_orderToken},
              {QStringLiteral("drink"), QStringLiteral("Latte")}, {QStringLiteral("modifiers"), QJsonArray{QStringLiteral("Oat")}}},
             m_requestId);
    }
}

void CafePhone::nextStep(Step step)
{
    m_step = step;
    m_requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_stepSent = false;
    sendStep();
    advanceIfReady();
}

void CafePhone::seeOrder(const QJsonObject &order)
{
    static const QStringList kProgress{QStringLiteral("AWAITING_ORDER"), QStringLiteral("QUEUED"),
                                       QStringLiteral("IN_PRODUCTION"), QStringLiteral("COMPLETED")};
    if (m_orderId.isEmpty() || order.value(QStringLiteral("id")).toString() != m_orderId)
        return;
    // A first answer sent again may be older than an event already seen: keep the latest.
    const QString state = order.value(QStringLiteral("state")).toString();
    if (!kProgress.contains(state))
        m_failure = QStringLiteral("order %1 became %2").arg(m_orderId, state);
    else if (kProgress.indexOf(state) > kProgress.indexOf(m_orderState))
        m_orderState = state;
    advanceIfReady();
}

void CafePhone::advanceIfReady()
{
    if (m_step != Step::Wait || m_orderState != QLatin1String("COMPLETED"))
        return;
    ++m_drink;
    m_orderId.clear();
    m_orderState.clear();
    nextStep(m_drink == m_drinks ? Step::Done : Step::Redeem);
}

} // namespace presso::test

#include "wsprobe.h"

#include <QSignalSpy>
#include <QTest>
#include <QWebSocketHandshakeOptions>

namespace presso::test {

WsProbe::WsProbe(const QUrl &url, QObject *parent)
    : QObject(parent)
    , m_url(url)
{
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &WsProbe::onText);
}

bool WsProbe::connectNow(int timeoutMs)
{
    QSignalSpy connected(&m_socket, &QWebSocket::connected);
    QWebSocketHandshakeOptions options;
    options.setSubprotocols({QStringLiteral("presso.v1")});
    m_socket.open(m_url, options);
    return connected.wait(timeoutMs);
}

bool WsProbe::isOpen() const
{
    return m_socket.state() == QAbstractSocket::ConnectedState;
}

void WsProbe::onText(const QString &text)
{
    const auto frame = decodeServerFrame(text.toUtf8());
    if (!frame) {
        qWarning("WsProbe: undecodable frame from the server: %s (%s)", qPrintable(text.left(200)),
                 qPrintable(frame.error().message));
        return;
    }
    if (const auto *res = std::get_if<Response>(&*frame)) {
        m_responses.append(*res);
        Q_EMIT responseArrived();
    } else {
        m_events.append(std::get<EventFrame>(*frame));
        Q_EMIT eventArrived();
    }
}

Response WsProbe::waitForResponse(const QString &id, int timeoutMs)
{
    auto take = [&]() -> std::optional<Response> {
        for (qsizetype i = 0; i < m_responses.size(); ++i) {
            const QJsonValue rid = m_responses.at(i).id;
            if ((id.isNull() && rid.isNull()) || (!id.isNull() && rid.toString() == id))
                return m_responses.takeAt(i);
        }
        return std::nullopt;
    };
    QSignalSpy spy(this, &WsProbe::responseArrived);
    QDeadlineTimer deadline(timeoutMs);
    while (true) {
        if (auto r = take())
            return *r;
        if (deadline.hasExpired() || !spy.wait(int(std::max<qint64>(1, deadline.remainingTime()))))
            break;
    }
    if (auto r = take())
        return *r;
    return Response::failure(QJsonValue(id), Error{ErrorCode::Internal, QStringLiteral("no response")}, 0);
}

Response WsProbe::call(const QString &op, const QJsonObject &args, const QString &requestId, int timeoutMs)
{
    Request req;
    req.id = QStringLiteral("t-%1").arg(m_nextId++);
    req.op = op;
    req.args = args;
    req.requestId = requestId;
    m_socket.sendTextMessage(QString::fromUtf8(encodeFrame(req.toJson())));
    return waitForResponse(req.id, timeoutMs);
}

Response WsProbe::callRaw(const QString &text, int timeoutMs)
{
    QSignalSpy spy(this, &WsProbe::responseArrived);
    m_socket.sendTextMessage(text);
    if (m_responses.isEmpty() && !spy.wait(timeoutMs))
        return Response::failure(QJsonValue(), Error{ErrorCode::Internal, QStringLiteral("no response")}, 0);
    return m_responses.takeFirst();
}

QList<Response> WsProbe::takeResponses(int count, int timeoutMs)
{
    QSignalSpy spy(this, &WsProbe::responseArrived);
    QDeadlineTimer deadline(timeoutMs);
    while (m_responses.size() < count && !deadline.hasExpired())
        spy.wait(int(std::max<qint64>(1, deadline.remainingTime())));
    return std::exchange(m_responses, {});
}

Response WsProbe::hello(Role role, const QString &token, qint64 resumeFrom)
{
    QJsonObject args{{QStringLiteral("protocol"), 1},
                     {QStringLiteral("role"), roleName(role)},
                     {QStringLiteral("token"), token}};
    if (resumeFrom >= 0)
        args.insert(QStringLiteral("resumeFrom"), resumeFrom);
    return call(QStringLiteral("hello"), args);
}

Response WsProbe::helloCustomer(const QString &customerToken, qint64 resumeFrom)
{
    QJsonObject args{{QStringLiteral("protocol"), 1}, {QStringLiteral("role"), QStringLiteral("customer")}};
    if (!customerToken.isEmpty())
        args.insert(QStringLiteral("customerToken"), customerToken);
    if (resumeFrom >= 0)
        args.insert(QStringLiteral("resumeFrom"), resumeFrom);
    return call(QStringLiteral("hello"), args);
}

QJsonObject WsProbe::join(Role role, const QString &token)
{
    if (!isOpen() && !connectNow())
        return {};
    const Response r = hello(role, token);
    return r.ok ? r.result : QJsonObject();
}

QList<EventFrame> WsProbe::eventsOf(EventType type) const
{
    QList<EventFrame> out;
    for (const EventFrame &e : m_events) {
        if (e.event.type == type)
            out.append(e);
    }
    return out;
}

std::optional<EventFrame> WsProbe::waitForEvent(EventType type, int timeoutMs)
{
    QSignalSpy spy(this, &WsProbe::eventArrived);
    QDeadlineTimer deadline(timeoutMs);
    while (true) {
        const auto found = eventsOf(type);
        if (!found.isEmpty())
            return found.first();
        if (deadline.hasExpired() || !spy.wait(int(std::max<qint64>(1, deadline.remainingTime()))))
            break;
    }
    const auto found = eventsOf(type);
    return found.isEmpty() ? std::nullopt : std::optional<EventFrame>(found.first());
}

bool WsProbe::waitForClose(int timeoutMs)
{
    if (m_socket.state() == QAbstractSocket::UnconnectedState)
        return true;
    QSignalSpy spy(&m_socket, &QWebSocket::disconnected);
    return spy.wait(timeoutMs);
}

} // namespace presso::test

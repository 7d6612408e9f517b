#include "fakeserver.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QUuid>
#include <QWebSocket>
#include <QWebSocketServer>

using namespace presso;

FakeServer::FakeServer(ManualClock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_server(new QWebSocketServer(QStringLiteral("fake presso"), QWebSocketServer::NonSecureMode, this))
{
    m_server->setSupportedSubprotocols({QStringLiteral("presso.v1")});
    connect(m_server, &QWebSocketServer::newConnection, this, &FakeServer::onNewConnection);
    if (!listen())
        qFatal("FakeServer: cannot listen: %s", qPrintable(m_server->errorString()));
}

bool FakeServer::listen()
{
    if (!m_server->listen(QHostAddress::LocalHost, m_port))
        return false;
    m_port = m_server->serverPort();
    return true;
}

void FakeServer::stopListening()
{
    m_server->close();
}

FakeServer::~FakeServer()
{
    if (m_socket)
        m_socket->abort();
}

QUrl FakeServer::url() const
{
    return QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(m_port));
}

QList<Request> FakeServer::requests(const QString &op) const
{
    QList<Request> out;
    for (const Request &r : m_requests) {
        if (r.op == op)
            out.append(r);
    }
    return out;
}

void FakeServer::onNewConnection()
{
    while (QWebSocket *socket = m_server->nextPendingConnection()) {
        ++m_connectionCount;
        m_lastSubprotocol = socket->subprotocol();
        if (m_socket)
            m_socket->abort();
        m_socket = socket;
        connect(socket, &QWebSocket::textMessageReceived, this,
                [this, socket](const QString &message) { onMessage(socket, message); });
        connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void FakeServer::onMessage(QWebSocket *socket, const QString &message)
{
    if (m_silent)
        return;
    auto decoded = decodeRequest(message.toUtf8());
    if (!decoded)
        qFatal("FakeServer: bad request from the client: %s", qPrintable(decoded.error().message));
    const Request request = decoded.value();
    m_requests.append(request);
    if (m_advance)
        m_clock->advance(m_advance);
    if (request.op == QLatin1String("hello"))
        answerHello(socket, request);
    else if (m_autoAnswer)
        respond(request, {{QStringLiteral("op"), request.op}, {QStringLiteral("args"), request.args}});
    Q_EMIT requestReceived(request);
}

void FakeServer::answerHello(QWebSocket *socket, const Request &request)
{
    if (m_helloError) {
        send(socket, Response::failure(request.id, *m_helloError, serverTime()).toJson());
        socket->close(QWebSocketProtocol::CloseCodePolicyViolated);
        return;
    }
    const QJsonObject snapshot{{QStringLiteral("shop"), QJsonObject{{QStringLiteral("open"), true}}},
                               {QStringLiteral("menu"), QJsonArray()},
                               {QStringLiteral("orders"), QJsonArray()}};
    const QJsonObject result{{QStringLiteral("sessionId"), QStringLiteral("s-%1").arg(m_connectionCount)},
                             {QStringLiteral("role"), request.args.value(QStringLiteral("role"))},
                             {QStringLiteral("serverTime"), isoFromMillis(serverTime())},
                             {QStringLiteral("seq"), m_seq},
                             {QStringLiteral("snapshot"), snapshot},
                             {QStringLiteral("resumed"), m_resumed}};
    send(socket, Response::success(request.id, result, serverTime()).toJson());
    for (qint64 seq : std::as_const(m_replay))
        pushEvent(seq);
}

void FakeServer::respond(const Request &request, const QJsonObject &result)
{
    if (m_socket)
        send(m_socket, Response::success(request.id, result, serverTime()).toJson());
}

void FakeServer::respondError(const Request &request, ErrorCode code)
{
    if (m_socket)
        send(m_socket, Response::failure(request.id, Error{code, QStringLiteral("refused")}, serverTime()).toJson());
}

void FakeServer::pushEvent(qint64 seq)
{
    Event event;
    event.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    event.type = EventType::ConfigChanged;
    event.time = serverTime();
    event.detail = {{QStringLiteral("n"), seq}};
    if (m_socket)
        send(m_socket, EventFrame{seq, event}.toJson());
}

void FakeServer::abortConnection()
{
    if (m_socket)
        m_socket->abort();
}

void FakeServer::closeConnection()
{
    if (m_socket)
        m_socket->close(QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("restarting"));
}

void FakeServer::send(QWebSocket *socket, const QJsonObject &frame)
{
    socket->sendTextMessage(QString::fromUtf8(encodeFrame(frame)));
}

Millis FakeServer::serverTime() const
{
    return m_clock->now() + m_serverOffset;
}

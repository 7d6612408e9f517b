#include "httpacceptor.h"

#include "lowdelay.h"
#include "serverlogging.h"
#include "session.h"
#include "wire.h"

#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QWebSocket>

namespace presso {

namespace {
constexpr int kListenBacklog = 1024; // the kernel caps it at net.core.somaxconn
} // namespace

HttpAcceptor::HttpAcceptor(const HttpFront::Options &options, std::shared_ptr<HttpFront::HandOff> handOff,
                           QThread *mainThread)
    : m_options(options)
    , m_handOff(std::move(handOff))
    , m_mainThread(mainThread)
    // The handshake runs inside TLS already when there is TLS: the WebSocket server only
    // ever sees the plain bytes, so it is in non-secure mode either way.
    , m_webSockets(new QWebSocketServer(QStringLiteral("presso"), QWebSocketServer::NonSecureMode, this))
{
    m_webSockets->setSupportedSubprotocols({QString::fromLatin1(wire::kSubprotocol)});
    m_webSockets->setHandshakeTimeout(options.headTimeoutMs);
    if (options.tls) {
        auto *ssl = new QSslServer(this);
        ssl->setSslConfiguration(*options.tls);
        ssl->setHandshakeTimeout(options.headTimeoutMs);
        m_tcp = ssl;
    } else {
        m_tcp = new QTcpServer(this);
    }
    // Sockets still in their TLS handshake count as pending: the default of 30 would let
    // 30 silent clients stop the server accepting anyone.
    m_tcp->setMaxPendingConnections(options.maxPendingHeads);
    // Qt's default backlog of 50 drops the SYNs of a crowd of phones that scan a new code
    // at once, and each dropped one waits a second for its retry.
    m_tcp->setListenBacklogSize(kListenBacklog);
    connect(m_tcp, &QTcpServer::pendingConnectionAvailable, this, &HttpAcceptor::onPendingConnection);
    connect(m_webSockets, &QWebSocketServer::newConnection, this, [this] {
        while (QWebSocket *socket = m_webSockets->nextPendingConnection())
            hold(socket);
    });
}

HttpAcceptor::~HttpAcceptor()
{
    close();
}

bool HttpAcceptor::listen(const QHostAddress &address, quint16 port)
{
    return m_tcp->listen(address, port);
}

void HttpAcceptor::close()
{
    m_tcp->close();
    const auto pending = std::exchange(m_pending, {});
    m_pendingCount = 0;
    for (const auto &[key, socket] : pending) {
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
    // Upgraded and held here: the server is going away.
    for (auto *held : {&m_waiting, &m_moving}) {
        for (const auto &[key, waiting] : std::exchange(*held, {})) {
            waiting.socket->disconnect(this);
            waiting.socket->abort();
            waiting.socket->deleteLater();
        }
    }
    m_waitingCount = 0;
}

QString HttpAcceptor::errorString() const
{
    return m_tcp->errorString();
}

QHostAddress HttpAcceptor::serverAddress() const
{
    return m_tcp->serverAddress();
}

quint16 HttpAcceptor::serverPort() const
{
    return m_tcp->serverPort();
}

void HttpAcceptor::onPendingConnection()
{
    while (QTcpSocket *socket = m_tcp->nextPendingConnection())
        accept(socket);
}

void HttpAcceptor::accept(QTcpSocket *socket)
{
    socket->setParent(this);
    if (!setTcpLowDelay(socket))
        qCWarning(lcHttp) << "could not turn off Nagle's algorithm for a connection";
    const quint64 key = m_nextKey++;
    m_pending.emplace(key, socket);
    if (int(m_pending.size()) > m_options.maxPendingHeads) {
        // A flood of silent connections: the oldest goes, a real client's head takes
        // milliseconds and is long answered.
        QTcpSocket *oldest = m_pending.begin()->second;
        forget(m_pending.begin()->first);
        oldest->disconnect(this);
        oldest->abort();
        oldest->deleteLater();
    }
    m_pendingCount = int(m_pending.size());
    auto *deadline = new QTimer(socket);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, this, [this, socket, key] {
        if (m_pending.count(key)) {
            forget(key);
            write(socket, HttpResponse::text(408, "The request took too long."), false);
        } else {
            // Answered, but the client does not read the answer (or the answer is late).
            m_answering.erase(key);
            socket->abort();
        }
    });
    deadline->start(m_options.headTimeoutMs);
    connect(socket, &QTcpSocket::readyRead, this, [this, socket, key] { readHead(socket, key); });
    connect(socket, &QTcpSocket::disconnected, this, [this, socket, key] {
        forget(key);
        m_answering.erase(key);
        socket->deleteLater();
    });
    readHead(socket, key);
}

void HttpAcceptor::forget(quint64 key)
{
    m_pending.erase(key);
    m_pendingCount = int(m_pending.size());
}

void HttpAcceptor::readHead(QTcpSocket *socket, quint64 key)
{
    if (!m_pending.count(key)) {
        // Answered already: whatever else comes (a body on a GET) is dropped unread.
        socket->skip(socket->bytesAvailable());
        return;
    }
    // Peeked, not read: an upgrade leaves the head in the socket for the handshake.
    const HeadReading head = HeadReading::of(socket->peek(m_options.maxHeadBytes + 1), m_options.maxHeadBytes);
    switch (head.kind) {
    case HeadReading::Kind::Incomplete:
        return;
    case HeadReading::Kind::Refused:
        forget(key);
        return write(socket, head.refusal, false);
    case HeadReading::Kind::Upgrade:
        forget(key);
        socket->disconnect(this);
        delete socket->findChild<QTimer *>(QString(), Qt::FindDirectChildrenOnly);
        // It starts the handshake at once on the head already buffered (Qt emits
        // readyRead for it), so a client that sent everything is not left waiting.
        m_webSockets->handleConnection(socket);
        return;
    case HeadReading::Kind::Request: {
        // The routes read the server's state: they are answered on the main thread.
        forget(key);
        socket->skip(socket->bytesAvailable());
        m_answering.emplace(key, Answering{socket, head.request->method == "HEAD"});
        QMutexLocker lock(&m_handOff->mutex);
        m_handOff->requests.emplace_back(key, *head.request);
        if (!std::exchange(m_handOff->drainPosted, true))
            QMetaObject::invokeMethod(m_handOff->front, &HttpFront::drain, Qt::QueuedConnection);
        return;
    }
    }
}

void HttpAcceptor::respond(quint64 key, const HttpResponse &response)
{
    const auto it = m_answering.find(key);
    if (it == m_answering.end())
        return; // the client left, or its deadline passed
    const Answering answering = it->second;
    m_answering.erase(it);
    if (answering.socket)
        write(answering.socket, response, answering.headOnly);
}

void HttpAcceptor::write(QTcpSocket *socket, const HttpResponse &response, bool headOnly)
{
    if (auto *deadline = socket->findChild<QTimer *>(QString(), Qt::FindDirectChildrenOnly))
        deadline->start(m_options.headTimeoutMs);
    socket->skip(socket->bytesAvailable());
    socket->write(response.serialize(headOnly));
    socket->disconnectFromHost();
}

// The QWebSocket was made without a parent; its TCP socket is still this object's
// child, and from now on the WebSocket's. It waits here for its first message: a crowd
// that upgrades and says nothing costs this thread, never the one that answers the bar.
void HttpAcceptor::hold(QWebSocket *socket)
{
    QAbstractSocket *tcp = tcpSocketOf(socket, this);
    if (!tcp) {
        qCWarning(lcHttp) << "an upgraded connection without its TCP socket: dropped";
        socket->abort();
        socket->deleteLater();
        return;
    }
    // The WebSocket server deletes the TCP socket when it disconnects: from now on it
    // belongs to the WebSocket.
    tcp->disconnect(m_webSockets);
    tcp->setParent(socket);
    socket->setParent(this); // deleted with this object until it moves
    socket->setMaxAllowedIncomingFrameSize(quint64(m_options.maxMessageBytes));
    socket->setMaxAllowedIncomingMessageSize(quint64(m_options.maxMessageBytes));
    const quint64 key = m_nextKey++;
    // The same deadline as for the head: then, closed for silence, or ended if it does not
    // finish closing.
    auto *deadline = new QTimer(socket);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, this, [this, socket, deadline, key] {
        if (!m_waiting.count(key))
            return socket->abort();
        stopWaiting(key);
        closeForNoHello(socket);
        deadline->start();
    });
    m_waiting.emplace(key, Waiting{socket, deadline, {}, QDeadlineTimer(m_options.headTimeoutMs)});
    deadline->start(m_options.headTimeoutMs);
    connect(socket, &QWebSocket::textMessageReceived, this, [this, key](const QString &text) { received(key, text); });
    connect(socket, &QWebSocket::binaryMessageReceived, this, [this, socket, key] {
        if (!m_waiting.count(key))
            return;
        stopWaiting(key);
        closeForBinary(socket);
    });
    connect(socket, &QWebSocket::disconnected, this, [this, socket, key] {
        stopWaiting(key);
        m_moving.erase(key);
        socket->deleteLater();
    });
    while (int(m_waiting.size()) > m_options.maxWaitingForHello) {
        // A real client says hello within milliseconds of its upgrade: the oldest silent
        // one goes.
        QWebSocket *oldest = m_waiting.begin()->second.socket;
        stopWaiting(m_waiting.begin()->first);
        oldest->close(kCloseTryAgainLater, QStringLiteral("too many connections waiting for hello"));
    }
    m_waitingCount = int(m_waiting.size());
    // The 101 is written now: left in the buffer, it would wait for the next turn.
    tcp->flush();
    // A message that came with the head is in the buffer already, with no signal to come.
    if (tcp->bytesAvailable() > 0)
        Q_EMIT tcp->readyRead();
}

void HttpAcceptor::stopWaiting(quint64 key)
{
    m_waiting.erase(key);
    m_waitingCount = int(m_waiting.size());
}

// A text message from a connection held here. The first one sends the connection to
// the main thread, on the next turn: the WebSocket may still have a queued call to read
// its socket (Qt connects readyRead to it queued), which must run here, and whatever it
// reads until then goes along, in order.
void HttpAcceptor::received(quint64 key, const QString &text)
{
    if (const auto moving = m_moving.find(key); moving != m_moving.end()) {
        moving->second.received.append(text);
        return;
    }
    const auto it = m_waiting.find(key);
    if (it == m_waiting.end())
        return; // closing: what it says now is not read
    Waiting waiting = std::move(it->second);
    stopWaiting(key);
    waiting.received.append(text);
    // Nothing more reaches the WebSocket until the server has connected to it.
    tcpSocketOf(waiting.socket)->blockSignals(true);
    m_moving.emplace(key, std::move(waiting));
    QMetaObject::invokeMethod(this, [this, key] { handOver(key); }, Qt::QueuedConnection);
}

void HttpAcceptor::handOver(quint64 key)
{
    const auto it = m_moving.find(key);
    if (it == m_moving.end())
        return; // it left meanwhile
    HttpFront::Arrival arrival{it->second.socket, std::move(it->second.received), it->second.helloDue};
    delete it->second.deadline;
    m_moving.erase(it);
    QWebSocket *socket = arrival.socket;
    socket->disconnect(this);
    socket->setParent(nullptr);
    socket->moveToThread(m_mainThread);
    QMutexLocker lock(&m_handOff->mutex);
    m_handOff->sockets.push_back(std::move(arrival));
    if (!std::exchange(m_handOff->drainPosted, true))
        QMetaObject::invokeMethod(m_handOff->front, &HttpFront::drain, Qt::QueuedConnection);
}

} // namespace presso

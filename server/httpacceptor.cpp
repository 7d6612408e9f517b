#include "httpacceptor.h"

#include "lowdelay.h"
#include "serverlogging.h"
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
            handOver(socket);
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
// child. Both go to the main thread together (the TCP socket as the WebSocket's child),
// with the TCP socket's signals blocked, so that nothing it reads reaches the WebSocket
// before HttpFront::adopt() has connected the server to it.
void HttpAcceptor::handOver(QWebSocket *socket)
{
    QAbstractSocket *tcp = tcpSocketOf(socket, this);
    if (!tcp) {
        qCWarning(lcHttp) << "an upgraded connection without its TCP socket: dropped";
        socket->abort();
        socket->deleteLater();
        return;
    }
    // The WebSocket server deletes the TCP socket when it disconnects, from this thread:
    // from now on it belongs to the WebSocket.
    tcp->disconnect(m_webSockets);
    // The 101 is written now: left in the buffer, it would wait for the main thread.
    tcp->flush();
    tcp->setParent(socket);
    tcp->blockSignals(true);
    socket->setParent(this); // deleted with this object until it moves
    // Moved on the next turn: the WebSocket server may still have a queued handshake
    // call for this socket (more bytes came before the handshake was read), which must
    // not run once the socket belongs to another thread.
    QMetaObject::invokeMethod(this, [this, socket] {
        socket->setParent(nullptr);
        socket->moveToThread(m_mainThread);
        QMutexLocker lock(&m_handOff->mutex);
        m_handOff->sockets.push_back(socket);
        if (!std::exchange(m_handOff->drainPosted, true))
            QMetaObject::invokeMethod(m_handOff->front, &HttpFront::drain, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

} // namespace presso

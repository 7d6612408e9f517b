#include "httpfront.h"

#include "lowdelay.h"
#include "serverlogging.h"
#include "wire.h"

#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace presso {

namespace {
constexpr int kListenBacklog = 1024; // the kernel caps it at net.core.somaxconn
} // namespace

HttpFront::HttpFront(const Options &options, Handler handler, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_handler(std::move(handler))
    , m_webSockets(QStringLiteral("presso"), QWebSocketServer::NonSecureMode)
{
    // The handshake runs inside TLS already when there is TLS: the WebSocket server only
    // ever sees the plain bytes, so it is in non-secure mode either way.
    m_webSockets.setSupportedSubprotocols({QString::fromLatin1(wire::kSubprotocol)});
    m_webSockets.setHandshakeTimeout(options.headTimeoutMs);
    if (options.tls) {
        auto ssl = std::make_unique<QSslServer>();
        ssl->setSslConfiguration(*options.tls);
        ssl->setHandshakeTimeout(options.headTimeoutMs);
        m_tcp = std::move(ssl);
    } else {
        m_tcp = std::make_unique<QTcpServer>();
    }
    // Sockets still in their TLS handshake count as pending: the default of 30 would let
    // 30 silent clients stop the server accepting anyone.
    m_tcp->setMaxPendingConnections(options.maxPendingHeads);
    // Qt's default backlog of 50 drops the SYNs of a crowd of phones that scan a new code
    // at once, and each dropped one waits a second for its retry.
    m_tcp->setListenBacklogSize(kListenBacklog);
    connect(m_tcp.get(), &QTcpServer::pendingConnectionAvailable, this, &HttpFront::onPendingConnection);
}

HttpFront::~HttpFront()
{
    close();
}

bool HttpFront::listen(const QHostAddress &address, quint16 port)
{
    return m_tcp->listen(address, port);
}

void HttpFront::close()
{
    m_tcp->close();
    const auto pending = std::exchange(m_pending, {});
    for (const auto &[key, socket] : pending) {
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
}

QString HttpFront::errorString() const
{
    return m_tcp->errorString();
}

QHostAddress HttpFront::serverAddress() const
{
    return m_tcp->serverAddress();
}

quint16 HttpFront::serverPort() const
{
    return m_tcp->serverPort();
}

void HttpFront::onPendingConnection()
{
    while (QTcpSocket *socket = m_tcp->nextPendingConnection())
        accept(socket);
}

void HttpFront::accept(QTcpSocket *socket)
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
    auto *deadline = new QTimer(socket);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, this, [this, socket, key] {
        if (m_pending.count(key))
            answer(socket, key, HttpResponse::text(408, "The request took too long."), false);
        else
            socket->abort(); // answered, but the client does not read the answer
    });
    deadline->start(m_options.headTimeoutMs);
    connect(socket, &QTcpSocket::readyRead, this, [this, socket, key] { readHead(socket, key); });
    connect(socket, &QTcpSocket::disconnected, this, [this, socket, key] {
        forget(key);
        socket->deleteLater();
    });
    readHead(socket, key);
}

void HttpFront::forget(quint64 key)
{
    m_pending.erase(key);
}

void HttpFront::readHead(QTcpSocket *socket, quint64 key)
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
        return answer(socket, key, head.refusal, false);
    case HeadReading::Kind::Upgrade:
        forget(key);
        socket->disconnect(this);
        delete socket->findChild<QTimer *>(QString(), Qt::FindDirectChildrenOnly);
        // It starts the handshake at once on the head already buffered (Qt emits
        // readyRead for it), so a client that sent everything is not left waiting.
        m_webSockets.handleConnection(socket);
        return;
    case HeadReading::Kind::Request:
        return answer(socket, key, m_handler(*head.request), head.request->method == "HEAD");
    }
}
void HttpFront::answer(QTcpSocket *socket, quint64 key, const HttpResponse &response, bool headOnly)
{
    forget(key);
    if (auto *deadline = socket->findChild<QTimer *>(QString(), Qt::FindDirectChildrenOnly))
        deadline->start(m_options.headTimeoutMs);
    socket->skip(socket->bytesAvailable());
    socket->write(response.serialize(headOnly));
    socket->disconnectFromHost();
}

} // namespace presso

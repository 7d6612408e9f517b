#include "httpfront.h"

#include "httpacceptor.h"
#include "lowdelay.h"

#include <QAbstractSocket>
#include <QPointer>
#include <QWebSocket>

namespace presso {

namespace {
constexpr size_t kAdoptedPerTurn = 32;
} // namespace

HttpFront::HttpFront(const Options &options, Handler handler, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_handler(std::move(handler))
    , m_handOff(std::make_shared<HandOff>())
{
    m_handOff->front = this;
    m_thread.setObjectName(QStringLiteral("presso-accept"));
    m_acceptor = new HttpAcceptor(options, m_handOff, thread());
    m_acceptor->moveToThread(&m_thread);
    m_thread.start();
}

HttpFront::~HttpFront()
{
    close();
    // Deleted on its own thread, as the thread ends.
    m_acceptor->deleteLater();
    m_thread.quit();
    m_thread.wait();
    // Connections handed over that nobody took.
    for (const Arrival &arrival : std::exchange(m_handOff->sockets, {})) {
        arrival.socket->abort();
        delete arrival.socket;
    }
}

bool HttpFront::listen(const QHostAddress &address, quint16 port)
{
    bool ok = false;
    QMetaObject::invokeMethod(m_acceptor, [&] {
        ok = m_acceptor->listen(address, port);
        m_error = m_acceptor->errorString();
        m_address = m_acceptor->serverAddress();
        m_port = m_acceptor->serverPort();
    }, Qt::BlockingQueuedConnection);
    return ok;
}

void HttpFront::close()
{
    // Returns once the port is closed, so that a restart may listen on it again.
    QMetaObject::invokeMethod(m_acceptor, [this] { m_acceptor->close(); }, Qt::BlockingQueuedConnection);
}

int HttpFront::pendingHeadCount() const
{
    return m_acceptor->pendingHeadCount();
}

int HttpFront::waitingForFirstMessageCount() const
{
    return m_acceptor->waitingCount();
}

// A burst hands over hundreds at once: taking them all in one turn of the loop would hold
// the bar's answer behind all of them, so each turn takes a few and comes back.
void HttpFront::drain()
{
    std::vector<Arrival> sockets;
    std::vector<std::pair<quint64, HttpRequest>> requests;
    bool more = false;
    {
        QMutexLocker lock(&m_handOff->mutex);
        std::vector<Arrival> &all = m_handOff->sockets;
        const auto end = all.begin() + qsizetype(std::min(all.size(), kAdoptedPerTurn));
        sockets.assign(std::make_move_iterator(all.begin()), std::make_move_iterator(end));
        all.erase(all.begin(), end);
        requests = std::exchange(m_handOff->requests, {});
        more = !all.empty();
        m_handOff->drainPosted = more;
    }
    if (more)
        QMetaObject::invokeMethod(this, &HttpFront::drain, Qt::QueuedConnection);
    for (Arrival &arrival : sockets)
        adopt(arrival);
    for (const auto &[key, request] : requests) {
        const HttpResponse response = m_handler(request);
        // A copy: clang before 16 cannot capture a structured binding.
        QMetaObject::invokeMethod(m_acceptor, [acceptor = m_acceptor, key = key, response] {
            acceptor->respond(key, response);
        }, Qt::QueuedConnection);
    }
}

void HttpFront::adopt(Arrival &arrival)
{
    QWebSocket *socket = arrival.socket;
    // The accept thread blocked the TCP socket's signals before the move: what arrived
    // since waits in its buffer until the server listens to the WebSocket.
    QPointer<QAbstractSocket> tcp = tcpSocketOf(socket);
    if (!tcp || tcp->state() != QAbstractSocket::ConnectedState) {
        // Gone while it moved: the WebSocket never heard of it.
        socket->deleteLater();
        return;
    }
    tcp->blockSignals(false);
    Q_EMIT upgraded(socket, arrival.received, arrival.helloDue);
    if (tcp && tcp->bytesAvailable() > 0)
        Q_EMIT tcp->readyRead();
}

} // namespace presso

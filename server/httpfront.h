#pragma once

#include "httpmessage.h"

#include <QDeadlineTimer>
#include <QHostAddress>
#include <QMutex>
#include <QObject>
#include <QSslConfiguration>
#include <QThread>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QWebSocket;

namespace presso {

class HttpAcceptor;

// The server's one listening port. Accepting, reading request heads under limits, TLS
// and the WebSocket handshake (on any path) run on a thread of their own (HttpAcceptor),
// so that a burst of connections does not hold the thread that answers the bar. Each
// established connection comes out of upgraded() on this object's thread, and plain
// HTTP requests are answered here by the handler, since it reads the server's state.
// docs/architecture.md says why this is not Qt HTTP Server.
class HttpFront : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;

    struct Options
    {
        std::optional<QSslConfiguration> tls;
        // How long a connection may take to send its head (and finish TLS).
        int headTimeoutMs = 10'000;
        // protocol.md: a request line or headers over 8 KiB get 431.
        qsizetype maxHeadBytes = 8 * 1024;
        // Connections still sending their head; beyond it the oldest is dropped.
        int maxPendingHeads = 1000;
        // Upgraded connections that have sent no message yet. They wait on the accept
        // thread; beyond this the oldest is closed (1013). The deadline for their first
        // message is headTimeoutMs from the upgrade (else 1008).
        int maxWaitingForHello = 1000;
        // Frames and messages over this are refused by Qt (1009).
        qsizetype maxMessageBytes = 64 * 1024;
    };

    // An upgraded connection whose first messages have come, as the accept thread hands it
    // over: the text messages it read, in order, and when the hello is due.
    struct Arrival
    {
        QWebSocket *socket = nullptr;
        QStringList received;
        QDeadlineTimer helloDue;
    };

    // What the accept thread passes to this one; it posts one drain() for a batch.
    struct HandOff
    {
        QMutex mutex;
        std::vector<Arrival> sockets;
        std::vector<std::pair<quint64, HttpRequest>> requests;
        bool drainPosted = false;
        HttpFront *front = nullptr;
    };

    HttpFront(const Options &options, Handler handler, QObject *parent = nullptr);
    ~HttpFront() override;

    bool listen(const QHostAddress &address, quint16 port);
    void close();
    QString errorString() const { return m_error; }
    QHostAddress serverAddress() const { return m_address; }
    quint16 serverPort() const { return m_port; }
    bool isSecure() const { return m_options.tls.has_value(); }
    int pendingHeadCount() const;
    // Upgraded connections the accept thread holds until their first message.
    int waitingForFirstMessageCount() const;

    // Takes what the accept thread handed over (it calls this through the event loop).
    void drain();

Q_SIGNALS:
    // An upgraded connection (subprotocol presso.v1 negotiated), now on this thread and
    // without a parent: the receiver owns it. `received` holds the text messages the
    // accept thread read (at least one), in order; nothing more is read before the slots
    // connected here return. Its hello is due by `helloDue`.
    void upgraded(QWebSocket *socket, const QStringList &received, QDeadlineTimer helloDue);

private:
    void adopt(Arrival &arrival);

    Options m_options;
    Handler m_handler;
    std::shared_ptr<HandOff> m_handOff;
    QThread m_thread;
    HttpAcceptor *m_acceptor = nullptr;
    QString m_error;
    QHostAddress m_address;
    quint16 m_port = 0;
};

} // namespace presso

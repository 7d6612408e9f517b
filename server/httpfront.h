#pragma once

#include "httpmessage.h"

#include <QHostAddress>
#include <QObject>
#include <QSslConfiguration>
#include <QWebSocketServer>
#include <functional>
#include <map>
#include <memory>
#include <optional>

class QTcpServer;
class QTcpSocket;

namespace presso {

// The server's one listening port: accepts TCP (TLS when given a certificate), reads
// each request head under limits, answers plain HTTP through a handler, and hands
// WebSocket upgrades, on any path, to a QWebSocketServer whose newConnection() the
// caller listens to. docs/architecture.md says why this is not Qt HTTP Server.
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
    };

    HttpFront(const Options &options, Handler handler, QObject *parent = nullptr);
    ~HttpFront() override;

    bool listen(const QHostAddress &address, quint16 port);
    void close();
    QString errorString() const;
    QHostAddress serverAddress() const;
    quint16 serverPort() const;
    bool isSecure() const { return m_options.tls.has_value(); }

    // Upgraded connections come out of here (subprotocol presso.v1 negotiated).
    QWebSocketServer &webSockets() { return m_webSockets; }
    int pendingHeadCount() const { return int(m_pending.size()); }

private:
    void onPendingConnection();
    void accept(QTcpSocket *socket);
    void readHead(QTcpSocket *socket, quint64 key);
    void forget(quint64 key);
    void answer(QTcpSocket *socket, quint64 key, const HttpResponse &response, bool headOnly);

    Options m_options;
    Handler m_handler;
    std::unique_ptr<QTcpServer> m_tcp;
    QWebSocketServer m_webSockets;
    // By arrival, so that the oldest is the first to go when too many wait.
    std::map<quint64, QTcpSocket *> m_pending;
    quint64 m_nextKey = 0;
};

} // namespace presso

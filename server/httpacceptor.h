#pragma once

#include "httpfront.h"

#include <QPointer>
#include <QWebSocketServer>
#include <atomic>
#include <map>

class QTcpServer;
class QTcpSocket;
class QTimer;

namespace presso {

// HttpFront's half on the accept thread: accepts TCP (TLS when configured), reads each
// request head under HttpFront's limits, refuses what is malformed, too big or too
// slow, and does the WebSocket handshake. What needs the server's state goes to the main
// thread through the HandOff: each established QWebSocket, moved there once its first
// message has come (with that message), and each plain HTTP request as a value, whose
// answer comes back to respond(). An upgraded connection that says nothing is held here
// (at most maxWaitingForHello, the oldest closed beyond) and never costs the main thread.
class HttpAcceptor : public QObject
{
public:
    HttpAcceptor(const HttpFront::Options &options, std::shared_ptr<HttpFront::HandOff> handOff,
                 QThread *mainThread);
    ~HttpAcceptor() override;

    // These run on the accept thread (HttpFront calls them there).
    bool listen(const QHostAddress &address, quint16 port);
    void close();
    QString errorString() const;
    QHostAddress serverAddress() const;
    quint16 serverPort() const;
    void respond(quint64 key, const HttpResponse &response);

    int pendingHeadCount() const { return m_pendingCount.load(); }
    int waitingCount() const { return m_waitingCount.load(); }

private:
    struct Answering
    {
        QPointer<QTcpSocket> socket;
        bool headOnly = false;
    };
    // An upgraded connection waiting for its first message.
    struct Waiting
    {
        QWebSocket *socket = nullptr;
        QTimer *deadline = nullptr; // the socket's child
        QStringList received;
        QDeadlineTimer helloDue;
    };

    void onPendingConnection();
    void accept(QTcpSocket *socket);
    void readHead(QTcpSocket *socket, quint64 key);
    void forget(quint64 key);
    void write(QTcpSocket *socket, const HttpResponse &response, bool headOnly);
    void hold(QWebSocket *socket);
    void received(quint64 key, const QString &text);
    void stopWaiting(quint64 key);
    void handOver(quint64 key);

    HttpFront::Options m_options;
    std::shared_ptr<HttpFront::HandOff> m_handOff;
    QThread *m_mainThread;
    QTcpServer *m_tcp;
    QWebSocketServer *m_webSockets;
    // By arrival, so that the oldest is the first to go when too many wait.
    std::map<quint64, QTcpSocket *> m_pending;
    std::atomic<int> m_pendingCount = 0;
    // Requests the main thread is answering.
    std::map<quint64, Answering> m_answering;
    // Upgraded, no message yet, by arrival, so that the oldest is the first to go.
    std::map<quint64, Waiting> m_waiting;
    // Its first messages read: moving to the main thread on the next turn.
    std::map<quint64, Waiting> m_moving;
    std::atomic<int> m_waitingCount = 0;
    quint64 m_nextKey = 0;
};

} // namespace presso

#pragma once

#include "clock.h"
#include "frames.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <optional>

class QWebSocket;
class QWebSocketServer;

// A minimal presso-server for PressoClient tests, on 127.0.0.1 port 0: it answers hello
// with a snapshot, answers or holds other requests, pushes events and drops links.
class FakeServer : public QObject
{
    Q_OBJECT
public:
    explicit FakeServer(presso::ManualClock *clock, QObject *parent = nullptr);
    ~FakeServer() override;

    QUrl url() const;

    // What hello answers: the latest seq, whether it resumed, and the events that follow
    // it on the link (replayed, possibly with ones the client saw already).
    void setSeq(qint64 seq) { m_seq = seq; }
    void setResumed(bool resumed) { m_resumed = resumed; }
    void setReplay(const QList<qint64> &seqs) { m_replay = seqs; }
    // Refuse hello with this error and close the link, as a bad token is treated.
    void setHelloError(std::optional<presso::Error> error) { m_helloError = std::move(error); }
    // Answer requests other than hello at once with {"op": op, "args": args}.
    void setAutoAnswer(bool on) { m_autoAnswer = on; }
    // Ignore every frame, as a server behind a dead link would.
    void setSilent(bool on) { m_silent = on; }
    // serverTime is the clock's now() plus this.
    void setServerOffset(presso::Millis offset) { m_serverOffset = offset; }
    // Moves the (manual) clock forward while handling each request: a round trip.
    void setAdvancePerRequest(presso::Millis ms) { m_advance = ms; }

    void respond(const presso::Request &request, const QJsonObject &result);
    void respondError(const presso::Request &request, presso::ErrorCode code);
    void pushEvent(qint64 seq);
    void abortConnection();
    // Stops accepting connections, as a server that is down; listen() again on the same port.
    void stopListening();
    bool listen();
    void closeConnection();

    // Every request received, on any connection, in order.
    QList<presso::Request> requests() const { return m_requests; }
    QList<presso::Request> requests(const QString &op) const;
    int connectionCount() const { return m_connectionCount; }
    bool hasConnection() const { return !m_socket.isNull(); }
    QString lastSubprotocol() const { return m_lastSubprotocol; }

Q_SIGNALS:
    void requestReceived(const presso::Request &request);

private:
    void onNewConnection();
    void onMessage(QWebSocket *socket, const QString &message);
    void answerHello(QWebSocket *socket, const presso::Request &request);
    void send(QWebSocket *socket, const QJsonObject &frame);
    presso::Millis serverTime() const;

    presso::ManualClock *m_clock;
    QWebSocketServer *m_server;
    quint16 m_port = 0;
    QPointer<QWebSocket> m_socket;
    QList<presso::Request> m_requests;
    int m_connectionCount = 0;
    QString m_lastSubprotocol;
    qint64 m_seq = 0;
    bool m_resumed = false;
    QList<qint64> m_replay;
    std::optional<presso::Error> m_helloError;
    bool m_autoAnswer = true;
    bool m_silent = false;
    presso::Millis m_serverOffset = 0;
    presso::Millis m_advance = 0;
};

#pragma once

#include "dispatcher.h"
#include "heaptrim.h"
#include "httpfront.h"
#include "httproutes.h"
#include "servermetrics.h"
#include "wire.h"

#include <QHostAddress>
#include <QObject>
#include <QSslConfiguration>
#include <QTimer>
#include <list>
#include <memory>
#include <unordered_map>
#include <unordered_set>

namespace presso {

// The network front of the server: one port for WebSocket and plain HTTP (HttpFront,
// HttpRoutes); enforces the transport rules of protocol.md (text frames only, 64 KiB,
// hello within 10 s), and hands each request to the Dispatcher.
class PressoServer : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QHostAddress address = QHostAddress::LocalHost;
        quint16 port = wire::kDefaultPort;
        std::optional<QSslConfiguration> tls;
        int helloTimeoutMs = 10'000;
        // How much a client may leave unread before it is disconnected.
        qint64 maxUnsentBytes = 8 * 1024 * 1024;
        // Requests a second per connection; raised only for load tests.
        int maxRequestsPerSecond = Dispatcher::kMaxRequestsPerSecond;
        // Upgraded connections that have sent nothing yet, held on the accept thread; beyond
        // it the oldest is closed (1013), as HttpFront does with unfinished heads. The same
        // cap applies to sessions that sent something but not yet a hello.
        int maxWaitingForHello = 1000;
    };

    PressoServer(Storage &storage, Clock &clock, QObject *parent = nullptr);
    ~PressoServer() override;

    // Loads the configuration, times out what expired while the server was down, arms
    // every deadline, and starts listening. Returns false with errorString() set.
    bool start(const Options &options);
    void stop();

    QUrl url() const;
    // The URLs devices reach this server at: one per interface address when it listens
    // on every interface (0.0.0.0 or ::), never the wildcard itself.
    QStringList reachableUrls() const;
    QString errorString() const { return m_error; }
    Services &services() { return m_services; }
    ServerMetrics &metrics() { return m_metrics; }
    int sessionCount() const { return int(m_sessions.size()); }
    // Upgraded connections without a hello: those the accept thread holds and the sessions.
    int waitingForHelloCount() const;
    // How often housekeeping runs (1 s): a test that must see another path at work
    // (NOTIFY, a batch's catch-up) pushes it out of the way.
    void setHousekeepingInterval(int ms) { m_housekeeping.setInterval(ms); }

private:
    void onNewConnection(QWebSocket *socket, const QStringList &received, QDeadlineTimer helloDue);
    void shedWaitingForHello();
    void stopWaitingForHello(Session *session);
    void onText(Session *session, const QString &text);
    void scheduleInbox();
    void processInbox();
    struct Incoming
    {
        Session *session;
        QString text;
    };
    struct Outcome
    {
        Session *session;
        Response response;
        bool hello;
        qsizetype firstEvent; // its events start here in the batch's
    };
    std::vector<Incoming> takeBatch();
    // One batch's results, waiting for the sync that makes them durable.
    struct Delivery
    {
        std::vector<Outcome> outcomes;
        QList<StoredEvent> events;
        bool committed = false;
        bool delivered = false;
        // Sessions closed meanwhile, kept until this (the newest waiting) is delivered.
        std::vector<std::unique_ptr<Session>> closed;
    };
    // Runs the inbox as one transaction; false when nothing of it was stored.
    bool runBatch(const std::vector<Incoming> &inbox, std::vector<Outcome> &outcomes);
    // Sends each response, then its events; committed: stored and durable.
    void deliver(std::vector<Outcome> &outcomes, const QList<StoredEvent> &events, bool committed);
    void buryClosed();
    void finishHello(Session *session, const Response &response);
    void onClosed(Session *session);
    void send(Session *session, const Response &response);
    void armCodeRotation();
    void rotateCode();
    // Every second: prunes, catches up, and takes over what another writer left.
    void housekeeping();
    // Publishes what other writers (servers, commands) committed, reloading the
    // configuration when they changed it.
    void catchUp();
    void scheduleCatchUp();
    // Reads the settings and menu again after another writer (a server, a command) changed them.
    void reloadConfig();
    // Counts the shop's orders and re-arms the code rotation when its settings change.
    void watchShop(Shop &shop);

    Services m_services;
    Dispatcher m_dispatcher;
    ServerMetrics m_metrics;
    HttpRoutes m_routes;
    std::unique_ptr<HttpFront> m_server;
    std::vector<std::unique_ptr<Session>> m_sessions;
    std::vector<std::unique_ptr<Session>> m_closed;
    std::weak_ptr<Delivery> m_lastDelivery;
    // Sessions that have not said hello yet, oldest first, and where each is in it.
    std::list<Session *> m_waitingForHello;
    std::unordered_map<Session *, std::list<Session *>::iterator> m_waitingAt;
    std::vector<Incoming> m_inbox;
    bool m_inboxScheduled = false;
    bool m_lastTurnDevicesOnly = false; // and others waited: the next turn takes them too
    bool m_catchUpScheduled = false;
    bool m_externalSeen = false;
    bool m_configChanged = false;
    QTimer m_rotation;
    QTimer m_housekeeping;
    HeapTrim m_heapTrim;
    Options m_options;
    QString m_defaultPublicUrl;
    QString m_error;
};

} // namespace presso

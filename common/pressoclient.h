#pragma once

#include "clock.h"
#include "event.h"
#include "frames.h"
#include "pendingrequests.h"
#include "role.h"

#include <QJsonObject>
#include <QObject>
#include <QSslCertificate>
#include <QTimer>
#include <QUrl>
#include <chrono>
#include <optional>

class QWebSocket;

namespace presso {

// How a PressoClient connects. The intervals are real time (QTimer): tests shorten them.
struct PressoClientOptions
{
    // One server, or several on one database: the client uses one at a time, in this
    // order, and moves to the next (round robin) when the one it uses is unreachable.
    QList<QUrl> servers;
    Role role = Role::Kiosk;
    QString token;
    // Sent as hello's `device` when not empty.
    QString deviceName;
    // With no token: a pairing code (protocol.md, "Pairing a device by code"), said once
    // in hello {pair}; the token the server answers replaces it (see paired()).
    QString pairCode;
    // The name the device asks for when it pairs; empty: the one given with the code.
    QString pairName;
    // Trusted besides the system's: a shop's own (self-signed) wss:// certificate.
    QList<QSslCertificate> caCertificates;
    std::chrono::milliseconds requestTimeout{10'000};
    std::chrono::milliseconds pingInterval{2'000};
    // A live link that brings no frame for this long is dead: it is aborted and stale()
    // emitted. Pings keep a healthy link well inside it, and it is short enough for a
    // screen to show "reconnecting" within 5 s.
    std::chrono::milliseconds deadLinkTimeout{4'000};
    std::chrono::milliseconds minBackoff{500};
    std::chrono::milliseconds maxBackoff{10'000};
    // The detail-types whose frames are decoded whole; any other event comes out of
    // event() with its seq, type, id and time and an empty detail (peekEventFrame). Null:
    // every event whole. For a load client (the robot) that acts on a few types and only
    // follows the seqs of the rest.
    std::optional<QList<EventType>> wholeEvents;
    // Local time for the server clock estimate; not owned. Null means the system clock.
    Clock *clock = nullptr;
};

// The one WebSocket connection to presso-server that every app and the robot use: it
// says hello, correlates responses, retries requests across reconnects without running
// them twice, resumes the event stream and estimates the server's clock.
//
// With several servers, a server is unreachable when a connection to it fails (refused,
// timed out, no answer to hello), or when a live link to it drops and one reconnect to it
// fails: the client then tries the next, with the same back-off, token and resumeFrom
// (one database, so one event sequence). A server that refuses the hello was reached: the
// refusal is the shop's answer, and the client stays.
//
// A refused hello (bad token, wrong role, protocol mismatch) emits helloFailed() and the
// client keeps trying, but only once per maxBackoff, so that a device fixed on the server
// side comes back on its own without hammering it meanwhile. A refused pairing code is
// not tried again: a used code never comes back, and each try counts against the limits.
class PressoClient : public QObject
{
    Q_OBJECT
public:
    explicit PressoClient(PressoClientOptions options, QObject *parent = nullptr);
    // Pending callbacks are dropped, not called.
    ~PressoClient() override;

    void start();
    // Closes the link and fails every pending request; start() connects again.
    void stop();
    // New servers and token, or pairing code, for the next start() (call while stopped):
    // the device was set up again.
    void setCredentials(const QList<QUrl> &servers, const QString &token, const QString &pairCode = {},
                        const QString &pairName = {});
    // Cuts the link as a network fault would (no close frame); the client reconnects as
    // it always does. For fault injection: the robot and the tests.
    void dropLink();
    // Asks for a whole snapshot again: the link is cut and the next hello does not
    // resume. For screens made anew, whose models start empty; requests in flight are
    // sent again as after any drop.
    void resync();

    // Sends op with args and returns the request's id; the callback gets the response or
    // a synthesized failure (timeout, stop(), request too large) exactly once, never
    // from inside request(). Mutating ops, and ops this build does not know, carry a
    // requestId, so that a retry after a reconnect is executed once by the server.
    // Returns an empty id when the request is refused locally (callback still called).
    // Do not delete the client from a callback; use deleteLater().
    QString request(const QString &op, const QJsonObject &args = {},
                    ResponseCallback callback = {});
    // As above; the callback is skipped if context is destroyed first.
    QString request(const QString &op, const QJsonObject &args, const QObject *context,
                    ResponseCallback callback);
    // As above, keeping request.requestId if given: an app that must not run a double
    // tap twice sends both taps with one key. request.id is assigned here.
    QString request(Request request, ResponseCallback callback);
    QString request(Request request, const QObject *context, ResponseCallback callback);

    bool isLive() const { return m_live; }
    // The server in use, or being tried: one of options().servers.
    QUrl server() const { return m_options.servers.value(m_serverIndex); }
    // Started and not given up: false after stop(), and after a refused pairing code.
    bool isRunning() const { return m_running; }
    // The highest event seq seen, from hello or an event frame; 0 before the first hello.
    qint64 lastSeq() const { return m_lastSeq; }
    // The role the server confirmed in the last successful hello.
    std::optional<Role> sessionRole() const { return m_sessionRole; }
    QString sessionId() const { return m_sessionId; }
    // The server's clock as estimated from its responses.
    Millis serverNow() const;
    Millis serverOffset() const { return m_offset; }
    const PressoClientOptions &options() const { return m_options; }

    // True for the failure synthesized when a request was not answered in time.
    static bool isTimeout(const Response &response);


Q_SIGNALS:
    // After each successful hello, once the snapshot is out.
    void live();
    // A live link was lost or found dead; the client is reconnecting.
    void stale();
    // After each successful hello. resumed: the missed events follow as event() signals;
    // otherwise the snapshot is authoritative.
    void snapshot(const QJsonObject &snapshot, bool resumed);
    // Each event frame once, in seq order.
    void event(const presso::EventFrame &frame);
    void helloFailed(const presso::Error &error);
    // The pairing code was taken: this device's token from now on (store it), and the
    // name the server gave the device. Emitted before snapshot() and live().
    void paired(const QString &token, const QString &device);
    // The server `from` was unreachable: the next connection goes to `to`. Only with
    // several servers; a single server is simply tried again.
    void serverChanged(const QUrl &from, const QUrl &to);

private:
    void connectNow();
    void onConnected();
    void onTextMessage(const QString &message);
    void onHelloAnswered(const Response &response);
    void acceptHello(const QJsonObject &result);
    void refuseHello(const Error &error);
    void handleResponse(const Response &response);
    void handleEvent(const EventFrame &frame);
    void sendPing();
    void onWatchdog();
    // How a link ended: Failed (unreachable, dropped or dead), Refused (the server
    // answered the hello with an error), Stopped (by stop(): closed gracefully).
    enum class LinkEnd { Failed, Refused, Stopped };
    void linkDown(const QString &why, LinkEnd end = LinkEnd::Failed);
    void moveToNextServer();
    void scheduleReconnect();
    void flush();
    void sendFrame(const Request &request);
    void updateOffset(const QString &op, Millis sentAt, Millis receivedAt, Millis serverTime);
    void failLater(ResponseCallback callback, const Error &error);
    QString safeUrl() const;
    bool pairing() const { return m_options.token.isEmpty() && !m_options.pairCode.isEmpty(); }
    QJsonObject helloArgs() const;

    PressoClientOptions m_options;
    Clock *m_clock = nullptr;
    PendingRequests m_pending;
    QWebSocket *m_socket = nullptr;
    QTimer m_reconnectTimer;
    QTimer m_pingTimer;
    // Connecting: bounds the handshake and hello. Live: fires when no frame came in time.
    QTimer m_watchdog;
    std::chrono::milliseconds m_backoff;
    // Bumped whenever the link goes, so answers meant for an old link are ignored.
    quint64 m_generation = 0;
    qsizetype m_serverIndex = 0;
    bool m_running = false;
    bool m_live = false;
    bool m_haveSeq = false;
    bool m_helloRefused = false;
    bool m_haveOffset = false;
    qint64 m_lastSeq = 0;
    Millis m_offset = 0;
    std::optional<Role> m_sessionRole;
    QString m_sessionId;
    QString m_pingId;
};

} // namespace presso

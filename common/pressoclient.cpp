#include "pressoclient.h"

#include "eventpeek.h"
#include "jsonreader.h"
#include "logging.h"
#include "lowdelay.h"
#include "ops.h"
#include "requests.h"
#include "wire.h"

#include <QPointer>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>
#include <algorithm>

namespace presso {

using namespace std::chrono_literals;

namespace {
constexpr qint64 kMaxSeq = qint64(1) << 52;

bool isMidpointOp(const QString &op)
{
    // Answered at once by the server, so the middle of the round trip is a good guess of
    // when serverTime was stamped.
    return op == QLatin1String(op::kHello) || op == QLatin1String(op::kPing);
}
} // namespace

PressoClient::PressoClient(PressoClientOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_clock(m_options.clock ? m_options.clock : new SystemClock(this))
    , m_backoff(m_options.minBackoff)
{
    m_reconnectTimer.setSingleShot(true);
    m_reconnectTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &PressoClient::connectNow);
    connect(&m_pingTimer, &QTimer::timeout, this, &PressoClient::sendPing);
    m_watchdog.setSingleShot(true);
    connect(&m_watchdog, &QTimer::timeout, this, &PressoClient::onWatchdog);
    if (m_options.pingInterval * 2 > m_options.deadLinkTimeout)
        qCWarning(lcClient) << "the ping interval should be under half the dead-link timeout,"
                            << "or a quiet healthy link is taken for dead";
}

PressoClient::~PressoClient()
{
    m_running = false;
    if (m_socket) {
        // No signal from the dying socket may reach a half-destroyed client.
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void PressoClient::start()
{
    if (m_running)
        return;
    m_running = true;
    m_backoff = m_options.minBackoff;
    connectNow();
}

void PressoClient::stop()
{
    m_running = false;
    m_reconnectTimer.stop();
    linkDown(QStringLiteral("stopped"), LinkEnd::Stopped);
    m_pending.failAll(Error{ErrorCode::Internal, QStringLiteral("the client was stopped")});
}

void PressoClient::dropLink()
{
    if (m_socket)
        m_socket->abort();
}

void PressoClient::resync()
{
    m_haveSeq = false;
    dropLink();
}

QString PressoClient::request(const QString &op, const QJsonObject &args, ResponseCallback callback)
{
    Request req;
    req.op = op;
    req.args = args;
    return request(std::move(req), std::move(callback));
}

QString PressoClient::request(const QString &op, const QJsonObject &args, const QObject *context,
                              ResponseCallback callback)
{
    Request req;
    req.op = op;
    req.args = args;
    return request(std::move(req), context, std::move(callback));
}

QString PressoClient::request(Request req, const QObject *context, ResponseCallback callback)
{
    return request(std::move(req), [guard = QPointer<const QObject>(context), callback = std::move(callback)](const Response &response) {
        if (guard && callback)
            callback(response);
    });
}

QString PressoClient::request(Request req, ResponseCallback callback)
{
    if (req.op == QLatin1String(op::kHello)) {
        failLater(std::move(callback),
                  badRequest(QStringLiteral("hello is sent by PressoClient itself")));
        return {};
    }
    req = requests::keyed(std::move(req));
    // The server closes the link (1009) on a frame over 64 KiB: refuse it here instead.
    // The margin is for the id, not assigned yet.
    if (encodeFrame(req.toJson()).size() + 32 > limits::kMaxFrameBytes) {
        failLater(std::move(callback), badRequest(QStringLiteral("the request is larger than 64 KiB")));
        return {};
    }
    const QString id = m_pending.add(std::move(req), std::move(callback), m_options.requestTimeout, true);
    if (m_live)
        flush();
    return id;
}

Millis PressoClient::serverNow() const
{
    return m_clock->now() + m_offset;
}

bool PressoClient::isTimeout(const Response &response)
{
    return !response.ok && response.serverTime == 0 && response.error.code == ErrorCode::Timeout;
}

void PressoClient::connectNow()
{
    if (m_socket || !m_running)
        return;
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    connect(m_socket, &QWebSocket::connected, this, &PressoClient::onConnected);
    connect(m_socket, &QWebSocket::disconnected, this, [this] {
        // A close frame says why; a dropped or refused connection only has a socket error.
        const QString reason = m_socket->closeReason();
        linkDown(reason.isEmpty() ? m_socket->errorString()
                                  : QStringLiteral("closed by the server (%1, %2)")
                                        .arg(int(m_socket->closeCode()))
                                        .arg(reason));
    });
    connect(m_socket, &QWebSocket::textMessageReceived, this, &PressoClient::onTextMessage);
    connect(m_socket, &QWebSocket::binaryMessageReceived, this, [] {
        qCWarning(lcClient) << "ignoring a binary frame from the server";
    });
    if (!m_options.caCertificates.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_options.caCertificates);
        m_socket->setSslConfiguration(tls);
    }
    qCDebug(lcClient) << "connecting to" << safeUrl();
    QWebSocketHandshakeOptions handshake;
    handshake.setSubprotocols({QString::fromLatin1(wire::kSubprotocol)});
    // Bounds the TCP connect, the handshake and the hello together.
    m_watchdog.start(m_options.requestTimeout);
    m_socket->open(server(), handshake);
}

void PressoClient::onConnected()
{
    if (!setLowDelay(m_socket))
        qCWarning(lcClient) << "could not turn off Nagle's algorithm: frames may wait for delayed ACKs";
    if (m_socket->subprotocol() != QLatin1String(wire::kSubprotocol))
        qCWarning(lcClient) << "the server did not accept subprotocol" << wire::kSubprotocol;
    Request hello{QString(), QString::fromLatin1(op::kHello), helloArgs(), QString()};
    const quint64 generation = m_generation;
    const QString id = m_pending.add(
        std::move(hello),
        [this, generation](const Response &response) {
            if (generation == m_generation)
                onHelloAnswered(response);
        },
        m_options.requestTimeout, false);
    // Never log these args: they hold the token.
    if (const auto frame = m_pending.markSent(id, m_clock->now()))
        sendFrame(*frame);
}

QJsonObject PressoClient::helloArgs() const
{
    QJsonObject args{{QStringLiteral("protocol"), wire::kProtocolVersion}, {QStringLiteral("role"), roleName(m_options.role)}};
    if (pairing()) {
        QJsonObject pair{{QStringLiteral("code"), m_options.pairCode}};
        if (!m_options.pairName.isEmpty())
            pair.insert(QStringLiteral("name"), m_options.pairName);
        args.insert(QStringLiteral("pair"), pair);
    } else {
        args.insert(QStringLiteral("token"), m_options.token);
    }
    if (!m_options.deviceName.isEmpty())
        args.insert(QStringLiteral("device"), m_options.deviceName);
    if (m_haveSeq)
        args.insert(QStringLiteral("resumeFrom"), m_lastSeq);
    return args;
}

void PressoClient::setCredentials(const QList<QUrl> &servers, const QString &token, const QString &pairCode,
                                  const QString &pairName)
{
    Q_ASSERT(!m_running);
    if (servers != m_options.servers) {
        // Another server's sequence numbers mean nothing here.
        m_haveSeq = false;
        m_lastSeq = 0;
        m_serverIndex = 0;
    }
    m_options.servers = servers;
    m_options.token = token;
    m_options.pairCode = pairCode;
    m_options.pairName = pairName;
    m_helloRefused = false;
    m_backoff = m_options.minBackoff;
}

void PressoClient::onHelloAnswered(const Response &response)
{
    if (response.ok) {
        acceptHello(response.result);
    } else if (response.serverTime == 0) {
        // Timed out or the link went: not the server's verdict, so an ordinary retry.
        linkDown(QStringLiteral("hello failed: ") + response.error.message);
    } else {
        refuseHello(response.error);
    }
}

void PressoClient::acceptHello(const QJsonObject &result)
{
    JsonReader r(result, QStringLiteral("hello"));
    const QString sessionId = r.string(QStringLiteral("sessionId"), 128);
    const QString roleText = r.string(QStringLiteral("role"), 20);
    const qint64 seq = r.integer64(QStringLiteral("seq"), 0, kMaxSeq);
    const QJsonObject snap = r.object(QStringLiteral("snapshot"));
    const bool resumed = r.has(QStringLiteral("resumed")) && r.boolean(QStringLiteral("resumed"));
    const auto role = roleFromName(roleText);
    if (!r.ok())
        return refuseHello(r.error());
    if (!role)
        return refuseHello(badRequest(QStringLiteral("hello.role: unknown role \"%1\"").arg(roleText)));
    if (*role != m_options.role)
        qCWarning(lcClient) << "asked for role" << roleName(m_options.role) << "but got" << roleText;

    if (pairing()) {
        const QString token = result.value(QStringLiteral("token")).toString();
        if (token.isEmpty())
            return refuseHello(badRequest(QStringLiteral("hello.token: the server gave no token for the pairing")));
        m_options.token = token;
        m_options.pairCode.clear();
        Q_EMIT paired(token, result.value(QStringLiteral("device")).toString());
    }
    m_sessionId = sessionId;
    m_sessionRole = role;
    // Resumed: the missed events follow, so lastSeq must stay where it was to let them
    // through. Not resumed: the snapshot is as of seq, even if the server's log restarted
    // lower than what was seen before.
    if (!resumed)
        m_lastSeq = seq;
    m_haveSeq = true;
    m_live = true;
    m_helloRefused = false;
    m_backoff = m_options.minBackoff;
    m_watchdog.start(m_options.deadLinkTimeout);
    m_pingTimer.start(m_options.pingInterval);
    qCInfo(lcClient) << "live:" << safeUrl() << "as" << roleText << "session" << sessionId
                     << "seq" << seq << (resumed ? "resumed" : "from snapshot");

    // Requests queued while down go first, before anything a slot below might send.
    flush();
    const quint64 generation = m_generation;
    Q_EMIT snapshot(snap, resumed);
    if (generation == m_generation)
        Q_EMIT live();
}

void PressoClient::refuseHello(const Error &error)
{
    qCWarning(lcClient) << "hello refused:" << errorCodeName(error.code) << error.message;
    m_helloRefused = true;
    if (pairing()) {
        // Never again with this code: it is used, expired or wrong, and every try counts.
        m_options.pairCode.clear();
        m_running = false;
    }
    const quint64 generation = m_generation;
    Q_EMIT helloFailed(error);
    if (generation == m_generation)
        linkDown(QStringLiteral("hello refused"), LinkEnd::Refused);
}

void PressoClient::onTextMessage(const QString &message)
{
    if (m_live)
        m_watchdog.start(m_options.deadLinkTimeout);
    if (m_options.wholeEvents) {
        const auto peeked = peekEventFrame(message);
        if (peeked && !m_options.wholeEvents->contains(peeked->event.type))
            return handleEvent(*peeked);
    }
    auto frame = decodeServerFrame(message.toUtf8());
    if (!frame) {
        // The error names the field, never the frame's content, which may hold secrets.
        qCWarning(lcClient) << "undecodable frame from the server:" << frame.error().message;
        return;
    }
    if (const auto *response = std::get_if<Response>(&*frame))
        handleResponse(*response);
    else
        handleEvent(std::get<EventFrame>(*frame));
}

void PressoClient::handleResponse(const Response &response)
{
    if (!response.id.isString()) {
        qCWarning(lcClient) << "the server could not read a request:"
                            << errorCodeName(response.error.code) << response.error.message;
        return;
    }
    auto answered = m_pending.take(response.id.toString());
    if (!answered) {
        qCDebug(lcClient) << "ignoring an answer to" << response.id.toString()
                          << "(timed out or answered before)";
        return;
    }
    updateOffset(answered->op, answered->sentAt, m_clock->now(), response.serverTime);
    if (answered->callback)
        answered->callback(response);
}

void PressoClient::handleEvent(const EventFrame &frame)
{
    if (!m_live) {
        qCWarning(lcClient) << "ignoring event" << frame.seq << "before hello was answered";
        return;
    }
    if (frame.seq <= m_lastSeq) {
        qCDebug(lcClient) << "dropping event" << frame.seq << "already seen up to" << m_lastSeq;
        return;
    }
    m_lastSeq = frame.seq;
    Q_EMIT event(frame);
}

void PressoClient::sendPing()
{
    if (!m_live || m_pending.contains(m_pingId))
        return;
    const quint64 generation = m_generation;
    m_pingId = m_pending.add(
        Request{QString(), QString::fromLatin1(op::kPing), QJsonObject(), QString()},
        [this, generation](const Response &) {
            // The answer's serverTime has been used already; a lost ping is the
            // watchdog's business.
            if (generation == m_generation)
                m_pingId.clear();
        },
        m_options.requestTimeout, false);
    if (const auto frame = m_pending.markSent(m_pingId, m_clock->now()))
        sendFrame(*frame);
}

void PressoClient::onWatchdog()
{
    if (m_live)
        linkDown(QStringLiteral("no frame from the server for %1 ms").arg(m_options.deadLinkTimeout.count()));
    else
        linkDown(QStringLiteral("no hello answer within %1 ms").arg(m_options.requestTimeout.count()));
}

void PressoClient::linkDown(const QString &why, LinkEnd end)
{
    if (!m_socket)
        return;
    ++m_generation;
    QWebSocket *socket = std::exchange(m_socket, nullptr);
    socket->disconnect(this);
    if (end == LinkEnd::Stopped && socket->state() == QAbstractSocket::ConnectedState) {
        // Let the close handshake finish; the socket is a child, so it cannot leak.
        connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
        socket->close(QWebSocketProtocol::CloseCodeNormal, why);
    } else {
        socket->abort();
        socket->deleteLater();
    }
    const bool wasLive = std::exchange(m_live, false);
    m_pingTimer.stop();
    m_watchdog.stop();
    m_pingId.clear();
    if (wasLive)
        qCInfo(lcClient) << "link lost:" << why;
    else
        qCInfo(lcClient) << "could not connect to" << safeUrl() << "-" << why;
    m_pending.linkLost(Error{ErrorCode::Internal, QStringLiteral("link lost: ") + why});
    if (wasLive)
        Q_EMIT stale();
    // A live link that dropped is given one more try on its server (a restart, a blip);
    // a connection that never got as far as a hello answer means the server is unreachable.
    if (!wasLive && end == LinkEnd::Failed && m_running && !m_socket)
        moveToNextServer();
    if (m_running && !m_socket)
        scheduleReconnect();
}

void PressoClient::moveToNextServer()
{
    if (m_options.servers.size() < 2)
        return;
    const QUrl from = server();
    m_serverIndex = (m_serverIndex + 1) % m_options.servers.size();
    qCInfo(lcClient) << "trying the next server:" << safeUrl();
    Q_EMIT serverChanged(from, server());
}

void PressoClient::scheduleReconnect()
{
    const auto base = m_helloRefused ? m_options.maxBackoff : m_backoff;
    m_backoff = std::min(m_backoff * 2, m_options.maxBackoff);
    // 75-100 % of the interval, so that a room of devices does not come back in lockstep
    // after a server restart.
    const auto delay = base - base * QRandomGenerator::global()->bounded(250) / 1000;
    qCDebug(lcClient) << "reconnecting in" << delay.count() << "ms";
    m_reconnectTimer.start(delay);
}

void PressoClient::flush()
{
    if (!m_live)
        return;
    for (const Request &req : m_pending.takeUnsent(m_clock->now()))
        sendFrame(req);
}

void PressoClient::sendFrame(const Request &request)
{
    qCDebug(lcClient) << "sending" << request.op << request.id;
    m_socket->sendTextMessage(QString::fromUtf8(encodeFrame(request.toJson())));
}

void PressoClient::updateOffset(const QString &op, Millis sentAt, Millis receivedAt, Millis serverTime)
{
    if (serverTime <= 0)
        return;
    if (isMidpointOp(op) || !m_haveOffset) {
        m_offset = serverTime - (sentAt + receivedAt) / 2;
        m_haveOffset = true;
    } else if (sentAt <= receivedAt) {
        // Other ops may take a while on the server, so their serverTime is only known to
        // lie within the round trip: keep the estimate unless it contradicts that.
        m_offset = std::clamp(m_offset, serverTime - receivedAt, serverTime - sentAt);
    }
}

void PressoClient::failLater(ResponseCallback callback, const Error &error)
{
    if (!callback)
        return;
    QTimer::singleShot(0, this, [callback = std::move(callback), error] {
        callback(Response::failure(QJsonValue::Null, error, 0));
    });
}

QString PressoClient::safeUrl() const
{
    return server().toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
}

} // namespace presso

#include "pressoserver.h"

#include "serverlogging.h"

#include <QUuid>

namespace presso {

namespace {
constexpr int kHousekeepingMs = 1000;
} // namespace

PressoServer::PressoServer(Storage &storage, Clock &clock, QObject *parent)
    : QObject(parent)
    , m_services(storage, clock)
    , m_dispatcher(m_services)
{
    addSessionHandlers(m_dispatcher, m_services);
    addShopHandlers(m_dispatcher, m_services);
    addOrderHandlers(m_dispatcher, m_services);
    addAdminHandlers(m_dispatcher, m_services);

    m_rotation.setSingleShot(true);
    m_rotation.setTimerType(Qt::PreciseTimer);
    connect(&m_rotation, &QTimer::timeout, this, &PressoServer::rotateCode);
    connect(&clock, &Clock::jumped, this, &PressoServer::rotateCode);
    connect(&m_services.config, &ConfigService::changed, this, [this] {
        // The interval may have changed: re-arm once the change is committed.
        QTimer::singleShot(0, this, &PressoServer::armCodeRotation);
    });
    connect(&m_housekeeping, &QTimer::timeout, this, &PressoServer::reloadIfChangedExternally);
}

PressoServer::~PressoServer()
{
    stop();
}

bool PressoServer::start(const Options &options)
{
    m_options = options;
    try {
        m_services.transactor.run([this] {
            m_services.config.load();
            return 0;
        });
        m_services.publisher.setPublishedUpTo(m_services.storage.eventBounds().last);
        m_services.storage.changedExternally();
        m_services.processor.processDue();
        rotateCode();
    } catch (const StorageError &e) {
        m_error = QString::fromStdString(e.what());
        return false;
    }
    const auto mode = options.tls ? QWebSocketServer::SecureMode : QWebSocketServer::NonSecureMode;
    m_server = std::make_unique<QWebSocketServer>(QStringLiteral("presso"), mode);
    m_server->setSupportedSubprotocols({QStringLiteral("presso.v1")});
    if (options.tls)
        m_server->setSslConfiguration(*options.tls);
    connect(m_server.get(), &QWebSocketServer::newConnection, this, &PressoServer::onNewConnection);
    if (!m_server->listen(options.address, options.port)) {
        m_error = m_server->errorString();
        m_server.reset();
        return false;
    }
    m_housekeeping.start(kHousekeepingMs);
    return true;
}

void PressoServer::stop()
{
    m_housekeeping.stop();
    m_rotation.stop();
    for (auto &s : m_sessions) {
        s->socket->disconnect(this);
        s->socket->close(QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("server shutting down"));
        m_services.publisher.remove(s.get());
    }
    m_sessions.clear();
    if (m_server)
        m_server->close();
    m_server.reset();
}

QUrl PressoServer::url() const
{
    if (!m_server)
        return {};
    QUrl url;
    url.setScheme(m_options.tls ? QStringLiteral("wss") : QStringLiteral("ws"));
    url.setHost(m_server->serverAddress().toString());
    url.setPort(m_server->serverPort());
    return url;
}

void PressoServer::onNewConnection()
{
    while (QWebSocket *socket = m_server->nextPendingConnection()) {
        auto session = std::make_unique<Session>();
        Session *s = session.get();
        s->socket = socket;
        s->maxUnsent = m_options.maxUnsentBytes;
        socket->setParent(this);
        socket->setMaxAllowedIncomingFrameSize(limits::kMaxFrameBytes);
        socket->setMaxAllowedIncomingMessageSize(limits::kMaxFrameBytes);
        s->helloTimer = std::make_unique<QTimer>();
        s->helloTimer->setSingleShot(true);
        connect(s->helloTimer.get(), &QTimer::timeout, socket, [s] {
            if (!s->authenticated)
                s->socket->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("no hello within 10 s"));
        });
        s->helloTimer->start(m_options.helloTimeoutMs);
        connect(socket, &QWebSocket::textMessageReceived, this, [this, s](const QString &text) { onText(s, text); });
        connect(socket, &QWebSocket::binaryMessageReceived, this, [s](const QByteArray &) {
            s->socket->close(QWebSocketProtocol::CloseCodeDatatypeNotSupported, QStringLiteral("binary frames are not accepted"));
        });
        connect(socket, &QWebSocket::disconnected, this, [this, s] { onClosed(s); });
        connect(socket, &QWebSocket::bytesWritten, this, [s](qint64 written) {
            s->unsent = std::max<qint64>(0, s->unsent - written);
        });
        m_services.publisher.add(s);
        m_sessions.push_back(std::move(session));
    }
}

void PressoServer::send(Session *session, const Response &response)
{
    session->send(QString::fromUtf8(encodeFrame(response.toJson())));
}

void PressoServer::onText(Session *s, const QString &text)
{
    QJsonValue echoId;
    const auto request = decodeRequest(text.toUtf8(), &echoId);
    if (!request) {
        send(s, Response::failure(echoId, request.error(), m_services.clock.now()));
        return;
    }
    const bool wasAuthenticated = s->authenticated;
    const Response response = m_dispatcher.dispatch(*s, *request);
    send(s, response);
    if (request->op == QLatin1String(op::kHello) && !wasAuthenticated) {
        if (!response.ok) {
            s->socket->close(QWebSocketProtocol::CloseCodePolicyViolated, response.error.message.left(100));
            return;
        }
        s->helloTimer->stop();
        if (const auto from = std::exchange(s->replayFrom, std::nullopt))
            m_services.publisher.replay(*s, *from);
    }
}

void PressoServer::onClosed(Session *s)
{
    m_services.publisher.remove(s);
    s->socket->deleteLater();
    auto it = std::find_if(m_sessions.begin(), m_sessions.end(), [s](const auto &p) { return p.get() == s; });
    if (it != m_sessions.end()) {
        // Destroyed later: this runs inside one of the session's own signals.
        Session *raw = it->release();
        m_sessions.erase(it);
        QTimer::singleShot(0, [raw] { delete raw; });
    }
}

void PressoServer::armCodeRotation()
{
    const Millis now = m_services.clock.now();
    const Millis next = m_services.validator.nextBucketStart(now);
    m_rotation.start(static_cast<int>(std::clamp<qint64>(next - now, 0, 60'000)));
}

void PressoServer::rotateCode()
{
    try {
        m_services.transactor.run([this] { return m_services.validator.current(); });
    } catch (const StorageError &e) {
        qCCritical(lcServer) << "could not make the new code:" << e.what();
    }
    armCodeRotation();
}

void PressoServer::reloadIfChangedExternally()
{
    try {
        m_services.storage.pruneResponses(m_services.clock.now() - Dispatcher::kIdempotencyWindowMs);
        if (!m_services.storage.changedExternally())
            return;
        qCInfo(lcServer) << "the database was changed by another process: reloading";
        m_services.config.load();
        m_services.publisher.publishExternal();
        for (Session *s : m_services.publisher.sessions()) {
            if (s->authenticated && !m_services.devices.exists(s->device))
                m_services.publisher.disconnectDevice(s->device);
        }
        m_services.processor.processDue();
        armCodeRotation();
    } catch (const StorageError &e) {
        qCCritical(lcServer) << "housekeeping failed:" << e.what();
    }
}

} // namespace presso

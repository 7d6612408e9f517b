#include "pressoserver.h"

#include "addresses.h"
#include "lowdelay.h"
#include "serverlogging.h"

#include <QElapsedTimer>
#include <QUuid>
#include <limits>

namespace presso {

namespace {
constexpr int kHousekeepingMs = 1000;
// Sessions without a hello whose requests one transaction takes (see takeBatch).
constexpr size_t kHellosPerBatch = 8;

// A commit that failed as the connection died may still have reached the disk: the
// client cannot be told "nothing changed", only to retry with the same key, which
// gets the first answer if it did.
Error storageDown()
{
    return Error{ErrorCode::Internal, QStringLiteral("The server could not store this: try again with the same requestId")};
}

QJsonValue echoIdOf(const QString &text)
{
    QJsonValue id;
    (void)decodeRequest(text.toUtf8(), &id);
    return id;
}
} // namespace

PressoServer::PressoServer(Storage &storage, Clock &clock, QObject *parent)
    : QObject(parent)
    , m_services(storage, clock)
    , m_dispatcher(m_services)
    , m_routes(m_services, m_metrics)
{
    m_services.transactor.setCommitObserver([this](double seconds) { m_metrics.committed(seconds); });
    m_services.publisher.setObserver([this](const StoredEvent &e) { m_metrics.published(e); });
    m_services.publisher.setBeforeExternal([this](const QList<StoredEvent> &events) {
        // Caches show what another writer's events say before those events go out.
        const bool config = std::any_of(events.begin(), events.end(), [](const StoredEvent &e) {
            return e.event.type == EventType::ConfigChanged;
        });
        if (config) {
            reloadConfig();
            m_configChanged = true;
        }
    });
    m_services.transactions.watchChanges([this] { scheduleCatchUp(); });
    m_metrics.setHeldBeforeHello([this] { return m_server ? m_server->waitingForFirstMessageCount() : 0; });
    addSessionHandlers(m_dispatcher, m_services);
    addShopHandlers(m_dispatcher, m_services);
    addOrderHandlers(m_dispatcher, m_services);
    addAdminHandlers(m_dispatcher, m_services);
    addCustomerHandlers(m_dispatcher, m_services);

    m_rotation.setSingleShot(true);
    m_rotation.setTimerType(Qt::PreciseTimer);
    connect(&m_rotation, &QTimer::timeout, this, &PressoServer::rotateCode);
    connect(&clock, &Clock::jumped, this, &PressoServer::rotateCode);
    watchShop(m_services.mainShop);
    m_services.onShopAdded = [this](Shop &shop) {
        watchShop(shop);
        shop.config.setDefaultPublicUrl(m_defaultPublicUrl);
        // Its first code and deadlines once the transaction that found it is over.
        QTimer::singleShot(0, &shop.processor, &OrderProcessor::processDue);
        QTimer::singleShot(0, this, &PressoServer::rotateCode);
    };
    connect(&m_housekeeping, &QTimer::timeout, this, &PressoServer::housekeeping);
}

PressoServer::~PressoServer()
{
    stop();
}

void PressoServer::watchShop(Shop &shop)
{
    m_metrics.addShop(shop.id());
    connect(&shop.config, &ConfigService::changed, this, [this] {
        // The interval may have changed: re-arm once the change is committed.
        QTimer::singleShot(0, this, &PressoServer::armCodeRotation);
    });
}

bool PressoServer::start(const Options &options)
{
    m_options = options;
    // Listening first: the default publicUrl, which the first code's URL needs, depends on
    // the address and port. Nothing is served before start() returns to the event loop.
    HttpFront::Options front;
    front.tls = options.tls;
    front.headTimeoutMs = options.helloTimeoutMs;
    front.maxWaitingForHello = options.maxWaitingForHello;
    front.maxMessageBytes = limits::kMaxFrameBytes;
    // A child too, so that tests find the accepted sockets under the server.
    m_server = std::make_unique<HttpFront>(front, [this](const HttpRequest &r) { return m_routes.answer(r); }, this);
    connect(m_server.get(), &HttpFront::upgraded, this, &PressoServer::onNewConnection);
    if (!m_server->listen(options.address, options.port)) {
        m_error = m_server->errorString();
        m_server.reset();
        return false;
    }
    m_defaultPublicUrl = defaultPublicUrl(options.address, m_server->serverPort(), bool(options.tls));
    m_services.config.setDefaultPublicUrl(m_defaultPublicUrl);
    try {
        m_services.transactor.run([this] {
            m_services.loadShops();
            return 0;
        });
        m_services.publisher.setPublishedUpTo(m_services.events.lastSeq());
        m_services.transactions.changedExternally();
        for (Shop *shop : m_services.shops())
            shop->processor.processDue();
        rotateCode();
    } catch (const StorageError &e) {
        m_error = QString::fromStdString(e.what());
        m_server.reset();
        return false;
    }
    m_services.pairings.setPublicUrl(m_services.config.shop().publicUrl);
    m_housekeeping.start(kHousekeepingMs);
    // From here on each batch's fsync overlaps the next batch (walsyncer.h).
    m_services.transactions.setDeferredSync(true);
    return true;
}

void PressoServer::stop()
{
    // What waits for its sync goes out to the sessions first.
    m_services.transactions.settle();
    m_housekeeping.stop();
    m_rotation.stop();
    for (auto &s : m_sessions) {
        s->socket->disconnect(this);
        s->socket->close(QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("server shutting down"));
        m_services.publisher.remove(s.get());
    }
    m_sessions.clear();
    m_waitingForHello.clear();
    m_waitingAt.clear();
    if (m_server) {
        try {
            // Other servers stop counting this one's baristas now, not once its rows expire.
            m_services.transactor.run([this] {
                m_services.presence.leave();
                return 0;
            });
        } catch (const StorageError &e) {
            qCWarning(lcServer) << "could not say this server's baristas are gone:" << e.what();
        }
        m_server->close();
    }
    m_server.reset();
    m_services.transactions.setDeferredSync(false);
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

QStringList PressoServer::reachableUrls() const
{
    if (!m_server)
        return {};
    return presso::reachableUrls(m_server->serverAddress(), m_server->serverPort(), bool(m_options.tls));
}

int PressoServer::waitingForHelloCount() const
{
    return (m_server ? m_server->waitingForFirstMessageCount() : 0) + int(m_waitingForHello.size());
}

// A connection whose first messages have come (the accept thread held it until then).
void PressoServer::onNewConnection(QWebSocket *socket, const QStringList &received, QDeadlineTimer helloDue)
{
    qCInfo(lcAccess).noquote() << "connection from" << socket->peerAddress().toString();
    auto session = std::make_unique<Session>();
    Session *s = session.get();
    s->socket = socket;
    s->tcp = tcpSocketOf(socket);
    s->peer = socket->peerAddress();
    s->maxUnsent = m_options.maxUnsentBytes;
    s->rateLimit = m_options.maxRequestsPerSecond;
    socket->setParent(this);
    socket->setMaxAllowedIncomingFrameSize(limits::kMaxFrameBytes);
    socket->setMaxAllowedIncomingMessageSize(limits::kMaxFrameBytes);
    s->helloTimer = std::make_unique<QTimer>();
    s->helloTimer->setSingleShot(true);
    connect(s->helloTimer.get(), &QTimer::timeout, socket, [s] {
        if (s->authenticated)
            return;
        qCInfo(lcAccess).noquote() << "closed a connection from" << s->socket->peerAddress().toString()
                                   << "that said no hello";
        closeForNoHello(s->socket);
    });
    s->helloTimer->start(int(std::max<qint64>(0, helloDue.remainingTime())));
    connect(socket, &QWebSocket::textMessageReceived, this, [this, s](const QString &text) { onText(s, text); });
    connect(socket, &QWebSocket::binaryMessageReceived, this, [s](const QByteArray &) {
        closeForBinary(s->socket);
    });
    connect(socket, &QWebSocket::disconnected, this, [this, s] { onClosed(s); });
    connect(socket, &QWebSocket::bytesWritten, this, [s](qint64 written) {
        s->unsent = std::max<qint64>(0, s->unsent - written);
    });
    m_services.publisher.add(s);
    m_sessions.push_back(std::move(session));
    m_waitingForHello.push_back(s);
    m_waitingAt.emplace(s, std::prev(m_waitingForHello.end()));
    shedWaitingForHello();
    for (const QString &text : received)
        onText(s, text);
}

// Every socket held costs memory and, on Qt's poll dispatcher, every turn of the event
// loop, so a crowd that upgrades and then says nothing would slow every answer to the
// bar. A real client says hello within milliseconds of its upgrade: the oldest silent
// one goes first. The list is kept in order of arrival, so this costs what it closes.
void PressoServer::shedWaitingForHello()
{
    const size_t cap = size_t(std::max(0, m_options.maxWaitingForHello));
    while (m_waitingForHello.size() > cap) {
        Session *s = m_waitingForHello.front();
        stopWaitingForHello(s);
        if (s->authenticated || s->closed)
            continue;
        s->closed = true; // nothing more is read from it
        // It may end the connection at once, and its session then leaves m_sessions.
        s->socket->close(kCloseTryAgainLater, QStringLiteral("too many connections waiting for hello"));
    }
}

void PressoServer::stopWaitingForHello(Session *s)
{
    const auto it = m_waitingAt.find(s);
    if (it == m_waitingAt.end())
        return;
    m_waitingForHello.erase(it->second);
    m_waitingAt.erase(it);
}

void PressoServer::send(Session *session, const Response &response)
{
    session->send(encodeResponse(response));
}

void PressoServer::onText(Session *s, const QString &text)
{
    m_inbox.push_back({s, text});
    scheduleInbox();
}

void PressoServer::scheduleInbox()
{
    if (!m_inboxScheduled) {
        m_inboxScheduled = true;
        QMetaObject::invokeMethod(this, &PressoServer::processInbox, Qt::QueuedConnection);
    }
}

// Everything that arrived in one turn of the event loop runs as one group commit: one
// transaction, a savepoint per request, one fsync. Only once the commit is durable do
// the responses go out and the events get published, each request's after its
// response. On SQLite the fsync runs on the WalSyncer's thread: this batch's results
// wait for it while the next batch runs, and batches are delivered in commit order.
void PressoServer::processInbox()
{
    m_inboxScheduled = false;
    const std::vector<Incoming> inbox = takeBatch();
    if (!inbox.empty()) {
        // A read reflects every change any writer acknowledged before it was sent.
        try {
            catchUp();
        } catch (const StorageError &e) {
            qCWarning(lcServer) << "could not read other writers' changes:" << e.what();
        }
        auto delivery = std::make_shared<Delivery>();
        delivery->outcomes.reserve(inbox.size());
        delivery->committed = runBatch(inbox, delivery->outcomes);
        if (delivery->committed)
            delivery->events = m_services.events.takePending();
        m_lastDelivery = delivery;
        m_services.transactions.whenDurable([this, delivery](bool durable) {
            delivery->delivered = true;
            deliver(delivery->outcomes, delivery->events, delivery->committed && durable);
        });
    }
    buryClosed();
}

void PressoServer::buryClosed()
{
    // A closed session may still be named by requests waiting for the next turn: it
    // stays. One named by a delivery waiting for its sync goes with the newest one,
    // which runs after every other. The rest are freed.
    const auto waiting = m_lastDelivery.lock();
    std::vector<std::unique_ptr<Session>> kept;
    for (std::unique_ptr<Session> &closed : m_closed) {
        const bool inInbox = std::any_of(m_inbox.cbegin(), m_inbox.cend(), [&](const Incoming &in) { return in.session == closed.get(); });
        if (inInbox)
            kept.push_back(std::move(closed));
        else if (waiting && !waiting->delivered)
            waiting->closed.push_back(std::move(closed));
    }
    m_closed = std::move(kept);
}

// What runs in this turn's transaction. The devices' requests go first, in a
// transaction of their own when there are any: a barista waits for no phone. Otherwise
// every request of a session that said hello, and those of at most kHellosPerBatch
// sessions that have not (their hello, and what they sent after it): a flood of new
// phones then takes many short turns. The rest wait for the next turn, each session's
// requests still in order. A turn for the devices alone is never followed by another
// while others wait, so devices that always have something to send (a busy bar, a
// robot) cannot starve the phones.
std::vector<PressoServer::Incoming> PressoServer::takeBatch()
{
    const auto isDevice = [](const Session *s) { return s->authenticated && s->role != Role::Customer && !s->closed; };
    const bool anyDevice = std::any_of(m_inbox.cbegin(), m_inbox.cend(), [&](const Incoming &in) { return isDevice(in.session); });
    const bool devicesOnly = anyDevice && !m_lastTurnDevicesOnly;
    std::vector<Incoming> batch, later;
    std::unordered_set<Session *> taken, deferred;
    for (Incoming &in : m_inbox) {
        Session *s = in.session;
        bool now = s->closed || isDevice(s);
        if (!now && !devicesOnly) {
            now = s->authenticated || taken.count(s)
                  || (!deferred.count(s) && taken.size() < kHellosPerBatch && taken.insert(s).second);
        }
        if (!now)
            deferred.insert(s);
        (now ? batch : later).push_back(std::move(in));
    }
    m_lastTurnDevicesOnly = devicesOnly && !later.empty();
    m_inbox = std::move(later);
    if (!m_inbox.empty())
        scheduleInbox();
    return batch;
}

bool PressoServer::runBatch(const std::vector<Incoming> &inbox, std::vector<Outcome> &outcomes)
{
    try {
        m_services.transactor.beginBatch();
    } catch (const StorageError &e) {
        // The store cannot be reached: nothing runs, and every request is answered as not
        // stored; a connection still saying hello is told to try again (elsewhere).
        qCCritical(lcServer) << "cannot start a transaction:" << e.what();
        for (const Incoming &in : inbox) {
            const bool hello = !in.session->authenticated;
            if (hello)
                in.session->refusedWith = kCloseTryAgainLater;
            // Not stored: deliver() answers it with storageDown().
            outcomes.push_back({in.session, Response::success(echoIdOf(in.text), {}, 0), hello, m_services.events.pendingCount()});
        }
        return false;
    }
    for (const Incoming &in : inbox) {
        if (in.session->closed)
            continue;
        const qsizetype mark = m_services.events.pendingCount();
        QJsonValue echoId;
        const auto request = decodeRequest(in.text.toUtf8(), &echoId);
        if (!request) {
            outcomes.push_back({in.session, Response::failure(echoId, request.error(), m_services.clock.now()), false, mark});
            continue;
        }
        const bool hello = request->op == QLatin1String(op::kHello) && !in.session->authenticated;
        // Real time, not the shop's Clock: this measures the server, not the day.
        QElapsedTimer took;
        took.start();
        outcomes.push_back({in.session, m_dispatcher.dispatch(*in.session, *request), hello, mark});
        m_metrics.requestServed(request->op, double(took.nsecsElapsed()) / 1e9);
    }
    return m_services.transactor.commitBatch();
}

void PressoServer::deliver(std::vector<Outcome> &outcomes, const QList<StoredEvent> &stored, bool committed)
{
    // Not durable: committed or not, nothing of the batch is told or published.
    const QList<StoredEvent> events = committed ? stored : QList<StoredEvent>();
    for (size_t i = 0; i < outcomes.size(); ++i) {
        Outcome &o = outcomes[i];
        if (!committed && o.response.ok)
            o.response = Response::failure(o.response.id, storageDown(), m_services.clock.now());
        if (o.session->closed)
            continue;
        send(o.session, o.response);
        if (o.hello)
            finishHello(o.session, o.response);
        const qsizetype end = i + 1 < outcomes.size() ? outcomes[i + 1].firstEvent : events.size();
        if (o.firstEvent < end)
            m_services.publisher.publish(events.mid(o.firstEvent, end - o.firstEvent));
    }
}

void PressoServer::finishHello(Session *s, const Response &response)
{
    if (!response.ok) {
        // The message names roles and reasons, never the token or code that was sent.
        qCInfo(lcAccess).noquote() << "refused the hello from" << s->socket->peerAddress().toString() << "with"
                                   << errorCodeName(response.error.code) + QStringLiteral(":") << response.error.message;
        s->authenticated = false;
        const bool later = s->refusedWith == kCloseTryAgainLater;
        s->socket->close(s->refusedWith, later ? QStringLiteral("try again later") : QStringLiteral("hello refused"));
        return;
    }
    s->helloTimer.reset(); // not needed again: a connection holds it only until hello
    stopWaitingForHello(s);
    const auto from = std::exchange(s->replayFrom, std::nullopt);
    if (!from)
        return;
    try {
        m_services.publisher.replay(*s, *from, s->helloSeq);
    } catch (const StorageError &e) {
        // The store stopped answering half-way: the client resumes again, from what it got.
        qCWarning(lcServer) << "could not replay the events after seq" << *from << e.what();
        s->authenticated = false;
        s->socket->close(kCloseTryAgainLater, QStringLiteral("try again later"));
    }
}

void PressoServer::onClosed(Session *s)
{
    s->closed = true;
    stopWaitingForHello(s);
    m_services.publisher.remove(s);
    s->socket->deleteLater();
    auto it = std::find_if(m_sessions.begin(), m_sessions.end(), [s](const auto &p) { return p.get() == s; });
    if (it != m_sessions.end()) {
        // Kept until the inbox has no request of it left: this runs inside one of the
        // session's own signals, and the inbox may still name it.
        m_closed.push_back(std::move(*it));
        m_sessions.erase(it);
        scheduleInbox();
    }
}

void PressoServer::armCodeRotation()
{
    const Millis now = m_services.clock.now();
    Millis next = std::numeric_limits<Millis>::max();
    for (const Shop *shop : m_services.shops())
        next = std::min(next, shop->validator.nextBucketStart(now));
    m_rotation.start(static_cast<int>(std::clamp<qint64>(next - now, 0, 60'000)));
}

void PressoServer::rotateCode()
{
    try {
        m_services.transactor.run([this] {
            for (Shop *shop : m_services.shops()) {
                shop->validator.current();
                shop->validator.applyDrinkCount();
            }
            return 0;
        });
    } catch (const StorageError &e) {
        qCCritical(lcServer) << "could not make the new code:" << e.what();
    }
    armCodeRotation();
}

void PressoServer::reloadConfig()
{
    // New shops too: another writer (`shop add`) may have made one.
    m_services.loadShops();
    m_services.pairings.setPublicUrl(m_services.config.shop().publicUrl);
}

void PressoServer::housekeeping()
{
    m_heapTrim.tick(qsizetype(m_sessions.size()));
    try {
        m_dispatcher.pruneResponses();
        m_services.customers.prune();
        m_services.transactor.run([this] {
            m_services.presence.refresh();
            return 0;
        });
        catchUp();
        if (!std::exchange(m_externalSeen, false))
            return;
        // Shops another writer added (`shop add`) appear here; devices it removed lose
        // their connections.
        m_services.transactor.run([this] {
            m_services.loadNewShops();
            return 0;
        });
        const QSet<QString> devices = m_services.devices.names();
        for (Session *s : m_services.publisher.sessions()) {
            if (s->authenticated && !s->device.isEmpty() && !devices.contains(s->device))
                m_services.publisher.disconnectDevice(s->device);
        }
        // Another server's deadlines and codes, in case it died.
        for (Shop *shop : m_services.shops())
            shop->processor.processDue();
        rotateCode();
    } catch (const StorageError &e) {
        qCCritical(lcServer) << "housekeeping failed:" << e.what();
    }
}

void PressoServer::scheduleCatchUp()
{
    if (!m_catchUpScheduled) {
        m_catchUpScheduled = true;
        QMetaObject::invokeMethod(this, [this] {
            m_catchUpScheduled = false;
            try {
                catchUp();
            } catch (const StorageError &e) {
                qCWarning(lcServer) << "could not read another server's changes:" << e.what();
            }
        }, Qt::QueuedConnection);
    }
}

void PressoServer::catchUp()
{
    // Asked every time: the question also resets what it reports.
    const bool changed = m_services.transactions.changedExternally();
    if (!changed && !m_services.publisher.behind())
        return;
    qCDebug(lcServer) << "the database was changed by another writer, or events wait unpublished: catching up";
    // The catch-up reads the log past this server's own events: those waiting for their
    // sync go out first, durable and in order, never from here.
    m_services.transactions.settle();
    m_externalSeen = m_externalSeen || changed;
    m_configChanged = false;
    // Reloads the configuration first if one of those events changed it.
    m_services.publisher.publishExternal();
    if (!std::exchange(m_configChanged, false))
        return;
    // A setting changed elsewhere may change the code's URL (after the other writer's
    // events, so that seqs go out in order).
    m_services.transactor.run([this] {
        for (Shop *shop : m_services.shops())
            shop->validator.applySettings();
        return 0;
    });
    armCodeRotation();
}

} // namespace presso

#include "impairedrelay.h"

#include <QTcpSocket>
#include <QTimer>

namespace presso::test {

// One phone's connection: its socket, the one to the server, and what each way holds.
struct ImpairedRelay::Link
{
    QTcpSocket *phone = nullptr;
    QTcpSocket upstream;
    std::deque<Held> toServer, toPhone;
    QTimer toServerTimer, toPhoneTimer;
    bool dead = false;
};

ImpairedRelay::ImpairedRelay(const QUrl &server, int delayMs, double cutChance, quint32 seed, QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_delayMs(delayMs)
    , m_cutChance(cutChance)
    , m_random(seed)
{
    m_clock.start();
    m_listener.setListenBacklogSize(1024);
    connect(&m_listener, &QTcpServer::newConnection, this, &ImpairedRelay::onNewConnection);
}

ImpairedRelay::~ImpairedRelay()
{
    for (auto &link : m_links) {
        link->upstream.disconnect(this);
        if (link->phone)
            link->phone->disconnect(this);
    }
}

bool ImpairedRelay::listen()
{
    return m_listener.listen(QHostAddress::LocalHost, 0);
}

QUrl ImpairedRelay::url() const
{
    QUrl url = m_server;
    url.setPort(m_listener.serverPort());
    return url;
}

void ImpairedRelay::onNewConnection()
{
    while (QTcpSocket *phone = m_listener.nextPendingConnection()) {
        ++m_connections;
        auto link = std::make_unique<Link>();
        Link *l = link.get();
        l->phone = phone;
        phone->setParent(this);
        for (QTimer *t : {&l->toServerTimer, &l->toPhoneTimer}) {
            t->setSingleShot(true);
            t->setTimerType(Qt::PreciseTimer);
        }
        // What the phone sends waits in toServer until the upstream connection is up.
        connect(phone, &QTcpSocket::readyRead, this, [this, l] { relay(l, l->phone, &l->upstream, l->toServer); });
        connect(&l->upstream, &QTcpSocket::readyRead, this, [this, l] { relay(l, &l->upstream, l->phone, l->toPhone); });
        connect(&l->upstream, &QTcpSocket::connected, this, [this, l] { relay(l, nullptr, &l->upstream, l->toServer); });
        connect(&l->toServerTimer, &QTimer::timeout, this, [this, l] { relay(l, nullptr, &l->upstream, l->toServer); });
        connect(&l->toPhoneTimer, &QTimer::timeout, this, [this, l] { relay(l, nullptr, l->phone, l->toPhone); });
        // One end closing drops the other (what is still held for it is lost, as in
        // the air); not counted as a cut.
        connect(phone, &QTcpSocket::disconnected, this, [this, l] { cut(l, false); });
        connect(&l->upstream, &QTcpSocket::disconnected, this, [this, l] { cut(l, false); });
        l->upstream.connectToHost(m_server.host(), quint16(m_server.port()));
        m_links.push_back(std::move(link));
    }
}

// Takes what `from` has (if anything) into the queue with its due time, and passes on
// to `to` everything whose time has come; arms the timer for the rest.
void ImpairedRelay::relay(Link *l, QTcpSocket *from, QTcpSocket *to, std::deque<Held> &queue)
{
    if (l->dead)
        return;
    const qint64 now = m_clock.elapsed();
    if (from) {
        const QByteArray bytes = from->readAll();
        if (!bytes.isEmpty()) {
            if (std::bernoulli_distribution(m_cutChance)(m_random))
                return cut(l, true);
            queue.push_back({now + m_delayMs, bytes});
        }
    }
    if (to->state() != QAbstractSocket::ConnectedState)
        return;
    while (!queue.empty() && queue.front().dueMs <= now) {
        to->write(queue.front().bytes);
        queue.pop_front();
    }
    QTimer &timer = &queue == &l->toServer ? l->toServerTimer : l->toPhoneTimer;
    if (!queue.empty())
        timer.start(int(queue.front().dueMs - now));
}

void ImpairedRelay::cut(Link *l, bool counted)
{
    if (std::exchange(l->dead, true))
        return;
    m_cuts += counted ? 1 : 0;
    l->toServerTimer.stop();
    l->toPhoneTimer.stop();
    // As a lost signal: no close frame, no FIN waits for the queue.
    l->phone->abort();
    l->upstream.abort();
    l->phone->deleteLater();
    l->phone = nullptr;
}

} // namespace presso::test

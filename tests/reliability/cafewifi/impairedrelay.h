#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTcpServer>
#include <QUrl>
#include <deque>
#include <memory>
#include <random>

class QTcpSocket;

namespace presso::test {

// A café's Wi-Fi between phones and the server, in user space: a TCP relay on
// 127.0.0.1 that holds every chunk, each way, for delayMs before passing it on (so a
// round trip takes twice that), and cuts a connection, both ends at once and without a
// close frame, with probability cutChance at each chunk (a phone roaming or losing the
// signal). Packet loss itself is the kernel's (iptables' statistic match on this relay's
// port, in a private network namespace), since TCP would hide a relay's drops: see
// docs/reliability.md for why not `tc netem`.
class ImpairedRelay : public QObject
{
    Q_OBJECT
public:
    ImpairedRelay(const QUrl &server, int delayMs, double cutChance, quint32 seed, QObject *parent = nullptr);
    ~ImpairedRelay() override;

    bool listen();
    // The server's URL as seen through the relay.
    QUrl url() const;
    quint16 port() const { return m_listener.serverPort(); }
    int connections() const { return m_connections; }
    int cuts() const { return m_cuts; }

private:
    struct Link;
    struct Held
    {
        qint64 dueMs;
        QByteArray bytes;
    };
    void onNewConnection();
    void relay(Link *link, QTcpSocket *from, QTcpSocket *to, std::deque<Held> &queue);
    // Drops both ends; counted: a cut the relay made, not a close by one end.
    void cut(Link *link, bool counted);

    QUrl m_server;
    int m_delayMs;
    double m_cutChance;
    std::mt19937 m_random;
    QTcpServer m_listener;
    QElapsedTimer m_clock;
    std::vector<std::unique_ptr<Link>> m_links;
    int m_connections = 0;
    int m_cuts = 0;
};

} // namespace presso::test

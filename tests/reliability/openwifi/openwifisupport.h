#pragma once

// What the open-Wi-Fi test's visitors are: slow senders, idle crowds, and the tally of
// a flood's answers; and the process's own limits and memory.
#include "flood.h"
#include "rawws.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTcpSocket>
#include <QTimer>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <thread>

namespace presso::test {

// Raises this process's open-file limit to at least n if it may (root may raise the hard
// limit too); returns the limit now in force.
inline int raiseOpenFileLimit(int n)
{
    rlimit limit{};
    getrlimit(RLIMIT_NOFILE, &limit);
    if (limit.rlim_cur < rlim_t(n)) {
        rlimit wanted{rlim_t(n), std::max(limit.rlim_max, rlim_t(n))};
        if (setrlimit(RLIMIT_NOFILE, &wanted) != 0) {
            wanted.rlim_cur = std::min(rlim_t(n), limit.rlim_max);
            wanted.rlim_max = limit.rlim_max;
            setrlimit(RLIMIT_NOFILE, &wanted);
        }
        getrlimit(RLIMIT_NOFILE, &limit);
    }
    return int(std::min<rlim_t>(limit.rlim_cur, 1 << 30));
}

inline qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return 0;
}

// A slowloris: sends its bytes one at a time, every everyMs; with upgradeFirst, after a
// WebSocket upgrade sent whole (the bytes then being a frame). Done when the server
// drops it or sends a close frame.
class Dripper : public QObject
{
public:
    Dripper(const QUrl &server, QByteArray bytes, int everyMs, bool upgradeFirst) : m_bytes(std::move(bytes))
    {
        m_timer.setInterval(everyMs);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            if (m_sent < m_bytes.size())
                m_socket.write(m_bytes.mid(m_sent++, 1));
        });
        connect(&m_socket, &QTcpSocket::connected, this, [this, server, upgradeFirst] {
            m_since.start();
            if (!upgradeFirst)
                return m_timer.start();
            m_socket.write(RawWs::upgradeHead(server));
            m_upgrading = true;
        });
        connect(&m_socket, &QTcpSocket::readyRead, this, [this] {
            m_received += m_socket.readAll();
            const qsizetype end = m_received.indexOf("\r\n\r\n");
            if (m_upgrading && end >= 0) {
                m_upgrading = false;
                m_frames = end + 4;
                m_timer.start();
            }
            // A close frame: 0x88, a length, then the code.
            if (m_frames > 0 && m_received.size() >= m_frames + 4 && quint8(m_received[m_frames]) == 0x88)
                finish((quint8(m_received[m_frames + 2]) << 8) | quint8(m_received[m_frames + 3]));
        });
        connect(&m_socket, &QTcpSocket::disconnected, this, [this] { finish(m_closeCode); });
        m_socket.connectToHost(server.host(), quint16(server.port()));
    }

    bool done() const { return m_done; }
    qsizetype sent() const { return m_sent; }
    QByteArray received() const { return m_received; }
    int closeCode() const { return m_closeCode; }
    qint64 droppedAfterMs() const { return m_droppedAfterMs; }

private:
    void finish(int closeCode)
    {
        if (m_done)
            return;
        m_done = true;
        m_closeCode = closeCode;
        m_droppedAfterMs = m_since.elapsed();
        m_timer.stop();
    }

    QByteArray m_bytes;
    QTcpSocket m_socket;
    QTimer m_timer;
    QElapsedTimer m_since;
    QByteArray m_received;
    qsizetype m_sent = 0;
    qsizetype m_frames = 0;
    bool m_upgrading = false;
    bool m_done = false;
    int m_closeCode = -1;
    qint64 m_droppedAfterMs = 0;
};

// Idle WebSocket connections by the thousand, on bare descriptors: each sends the
// upgrade request and then nothing. Opened from a thread of its own, in batches of 100
// (below the listen backlog of 1,024), each batch waiting for the server's answer to
// every one of its connections (a blocking read that only peeks) before the next: the
// server's thread does only the server's work, and the crowd costs it no Qt objects.
class IdleCrowd
{
public:
    explicit IdleCrowd(const QUrl &server) : m_server(server) {}
    ~IdleCrowd()
    {
        if (m_thread.joinable())
            m_thread.join();
        closeAll();
    }

    void start(int n)
    {
        m_thread = std::thread([this, n] {
            m_ok = openAll(n);
            m_done = true;
        });
    }
    bool done() const { return m_done; }
    // Every connection made and answered (once done()).
    bool ok() const { return m_ok; }
    void closeAll()
    {
        for (int fd : m_fds)
            ::close(fd);
        m_fds.clear();
    }

private:
    bool openAll(int n)
    {
        const QByteArray head = RawWs::upgradeHead(m_server);
        sockaddr_in to{};
        to.sin_family = AF_INET;
        to.sin_port = htons(quint16(m_server.port()));
        inet_pton(AF_INET, m_server.host().toLatin1().constData(), &to.sin_addr);
        const timeval patience{20, 0};
        for (int opened = 0; opened < n;) {
            const size_t first = m_fds.size();
            for (const int end = std::min(n, opened + 100); opened < end; ++opened) {
                const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
                if (fd < 0)
                    return false;
                m_fds.push_back(fd);
                setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &patience, sizeof patience);
                if (::connect(fd, reinterpret_cast<const sockaddr *>(&to), sizeof to) != 0
                    || ::send(fd, head.constData(), size_t(head.size()), MSG_NOSIGNAL) != head.size())
                    return false;
            }
            for (size_t i = first; i < m_fds.size(); ++i) {
                char c;
                if (::recv(m_fds[i], &c, 1, MSG_PEEK) != 1)
                    return false;
            }
        }
        return true;
    }

    QUrl m_server;
    std::vector<int> m_fds;
    std::thread m_thread;
    std::atomic<bool> m_done = false;
    bool m_ok = false;
};

// The answers a group of flood connections got.
struct FloodTally
{
    int ok = 0;
    QHash<QString, int> byCode; // error code -> how many
    int closedWith1008 = 0;
};

inline FloodTally tally(const std::vector<Flood::Outcome> &all, size_t from, size_t count)
{
    FloodTally t;
    for (size_t i = from; i < from + count && i < all.size(); ++i) {
        if (all[i].ok)
            ++t.ok;
        else
            ++t.byCode[all[i].code];
        if (all[i].closeCode == 1008)
            ++t.closedWith1008;
    }
    return t;
}

} // namespace presso::test

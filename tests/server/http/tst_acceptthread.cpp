// The accept thread (HttpAcceptor): a WebSocket upgrade is answered while the server's
// main thread is held, and what the client sends right after the upgrade, before the
// main thread has taken the connection, is not lost.
#include "rawws.h"
#include "serveuntil.h"
#include "testserver.h"

#include <QTest>

#include <arpa/inet.h>
#include <future>
#include <netinet/in.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

using namespace presso;
using namespace presso::test;
using namespace Qt::StringLiterals;

namespace {

// How many bytes the server's first frame takes, once enough of it is in to tell.
qsizetype frameLength(const QByteArray &f)
{
    if (f.size() < 2)
        return 2;
    const int short7 = quint8(f[1]) & 0x7f;
    if (short7 < 126)
        return 2 + short7;
    const int bytes = short7 == 126 ? 2 : 8;
    if (f.size() < 2 + bytes)
        return 2 + bytes;
    qsizetype n = 0;
    for (int i = 0; i < bytes; ++i)
        n = (n << 8) | quint8(f[2 + i]);
    return 2 + bytes + n;
}

// A client on a blocking socket, on a thread of its own: it upgrades, says it is
// upgraded, sends its hello at once and reads the hello's response.
struct BlockingPhone
{
    std::promise<bool> upgraded;
    std::promise<QByteArray> response;

    void run(const QUrl &server)
    {
        const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in to{};
        to.sin_family = AF_INET;
        to.sin_port = htons(quint16(server.port()));
        inet_pton(AF_INET, "127.0.0.1", &to.sin_addr);
        const timeval patience{20, 0};
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &patience, sizeof patience);
        const QByteArray head = RawWs::upgradeHead(server);
        QByteArray in;
        const bool sent = ::connect(fd, reinterpret_cast<const sockaddr *>(&to), sizeof to) == 0
                          && ::send(fd, head.constData(), size_t(head.size()), MSG_NOSIGNAL) == head.size();
        char buffer[4096];
        while (sent && !in.contains("\r\n\r\n")) {
            const ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
            if (n <= 0)
                break;
            in.append(buffer, n);
        }
        const bool ok = in.startsWith("HTTP/1.1 101");
        upgraded.set_value(ok);
        if (ok) {
            const QByteArray hello = RawWs::maskedTextFrame(
                R"({"type":"req","id":"h","op":"hello","args":{"protocol":1,"role":"customer"}})");
            ::send(fd, hello.constData(), size_t(hello.size()), MSG_NOSIGNAL);
            in = in.mid(in.indexOf("\r\n\r\n") + 4);
            while (in.size() < frameLength(in)) {
                const ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
                if (n <= 0)
                    break;
                in.append(buffer, n);
            }
        }
        ::close(fd);
        response.set_value(in);
    }
};

} // namespace

class TestAcceptThread : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void upgradeIsAnsweredWhileTheMainThreadIsHeld();
};

void TestAcceptThread::upgradeIsAnsweredWhileTheMainThreadIsHeld()
{
    TestServer server;
    BlockingPhone phone;
    std::future<bool> upgraded = phone.upgraded.get_future();
    std::future<QByteArray> response = phone.response.get_future();
    std::jthread client([&] { phone.run(server.url()); });
    // The main thread, which runs the server, is held here on purpose (as by a long
    // transaction): the upgrade must not need it.
    const bool answered = upgraded.wait_for(std::chrono::seconds(20)) == std::future_status::ready;
    QVERIFY2(answered && upgraded.get(), "the upgrade waited for the main thread");
    // The hello went out at once; the main thread takes the connection only now.
    QVERIFY(serveUntil([&] { return response.wait_for(std::chrono::seconds(0)) == std::future_status::ready; },
                       20'000));
    const QByteArray frame = response.get();
    QVERIFY2(frame.size() > 4 && quint8(frame[0]) == 0x81, frame.toHex().constData());
    QVERIFY2(frame.contains(R"("ok":true)") && frame.contains("customerToken"), frame.constData());
}

QTEST_GUILESS_MAIN(TestAcceptThread)
#include "tst_acceptthread.moc"

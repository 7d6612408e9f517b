// The accept thread (HttpAcceptor): a WebSocket upgrade is answered while the server's
// main thread is held, and what the client sends right after the upgrade, before the
// main thread has taken the connection, is not lost (one message or several at once).
// Upgraded connections that say nothing stay on the accept thread: beyond the cap the
// oldest is closed there (1013), the main thread never takes them, and a barista, or a
// silent one that speaks at last, still gets in.
#include "rawws.h"
#include "serveuntil.h"
#include "testserver.h"
#include "testservices.h"

#include <QJsonDocument>
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

QByteArray request(const char *id, const char *op, const char *args)
{
    return RawWs::maskedTextFrame(QByteArray(R"({"type":"req","id":")") + id + R"(","op":")" + op
                                  + R"(","args":)" + args + "}");
}

// A client on a blocking socket, on a thread of its own: it upgrades, says it is
// upgraded, sends its messages at once (in one write) and reads as many frames back.
struct BlockingPhone
{
    QList<QByteArray> messages{request("h", "hello", R"({"protocol":1,"role":"customer"})")};
    std::promise<bool> upgraded;
    std::promise<QList<QByteArray>> responses;

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
        QList<QByteArray> frames;
        if (ok) {
            const QByteArray all = messages.join();
            ::send(fd, all.constData(), size_t(all.size()), MSG_NOSIGNAL);
            in = in.mid(in.indexOf("\r\n\r\n") + 4);
            while (frames.size() < messages.size()) {
                if (in.size() >= frameLength(in)) {
                    frames.append(in.left(frameLength(in)));
                    in.remove(0, frameLength(in));
                    continue;
                }
                const ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
                if (n <= 0)
                    break;
                in.append(buffer, n);
            }
        }
        ::close(fd);
        responses.set_value(frames);
    }
};

// Holds the main thread (as a long transaction would) until the phone is upgraded, then
// serves until it has its answers.
QList<QByteArray> answersWhileHeld(const QUrl &server, BlockingPhone &phone)
{
    std::future<bool> upgraded = phone.upgraded.get_future();
    std::future<QList<QByteArray>> responses = phone.responses.get_future();
    std::jthread client([&] { phone.run(server); });
    const bool answered = upgraded.wait_for(std::chrono::seconds(20)) == std::future_status::ready;
    if (!answered || !upgraded.get())
        return {};
    // The messages went out at once; the main thread takes the connection only now.
    if (!serveUntil([&] { return responses.wait_for(std::chrono::seconds(0)) == std::future_status::ready; }, 20'000))
        return {};
    return responses.get();
}

} // namespace

class TestAcceptThread : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void upgradeIsAnsweredWhileTheMainThreadIsHeld();
    void messagesSentTogetherAreAllAnswered();
    void silentConnectionsBeyondTheCapAreClosedOnTheAcceptThread();
    void aCrowdOfHellosTakesShortTransactions();
};

void TestAcceptThread::upgradeIsAnsweredWhileTheMainThreadIsHeld()
{
    TestServer server;
    BlockingPhone phone;
    const QList<QByteArray> frames = answersWhileHeld(server.url(), phone);
    QVERIFY2(frames.size() == 1, "the upgrade waited for the main thread, or the hello got no answer");
    const QByteArray &frame = frames.first();
    QVERIFY2(frame.size() > 4 && quint8(frame[0]) == 0x81, frame.toHex().constData());
    QVERIFY2(frame.contains(R"("ok":true)") && frame.contains("customerToken"), frame.constData());
}

// The hello and the requests after it arrive in one read on the accept thread, which
// hands the connection over with all of them: each is answered, in order.
void TestAcceptThread::messagesSentTogetherAreAllAnswered()
{
    TestServer server;
    BlockingPhone phone;
    phone.messages.append(request("p1", "ping", "{}"));
    phone.messages.append(request("p2", "config.get", "{}"));
    const QList<QByteArray> frames = answersWhileHeld(server.url(), phone);
    QCOMPARE(frames.size(), 3);
    const QList<QByteArray> ids{R"("id":"h")", R"("id":"p1")", R"("id":"p2")"};
    for (qsizetype i = 0; i < frames.size(); ++i) {
        QVERIFY2(frames[i].contains(ids[i]) && frames[i].contains(R"("ok":true)"), frames[i].constData());
    }
}

void TestAcceptThread::silentConnectionsBeyondTheCapAreClosedOnTheAcceptThread()
{
    constexpr int kCap = 3;
    QTemporaryDir dir;
    ManualClock clock(TestServer::kStart);
    SqliteStorage storage(dir.filePath(QStringLiteral("presso.db")));
    PressoServer server(storage, clock);
    PressoServer::Options options;
    options.port = 0;
    options.maxWaitingForHello = kCap;
    QVERIFY2(server.start(options), qPrintable(server.errorString()));
    const QString barista = addDevice(server.services(), Role::Barista, QStringLiteral("Bar"));
    // One at a time, so that their order of arrival is known.
    std::vector<std::unique_ptr<RawWs>> silent;
    for (int i = 0; i < kCap + 2; ++i) {
        silent.push_back(std::make_unique<RawWs>(server.url()));
        silent.back()->open();
        QVERIFY(serveUntil([&] { return silent.back()->isUpgraded(); }, 10'000));
    }
    QVERIFY(serveUntil([&] { return silent[1]->closeCode() == 1013; }, 10'000));
    QCOMPARE(silent[0]->closeCode(), 1013);
    QCOMPARE(server.waitingForHelloCount(), kCap);
    QCOMPARE(server.sessionCount(), 0); // the main thread took none of them
    // A barista gets in; the oldest silent one makes room for it.
    RawWs bar(server.url());
    bar.hello({{QStringLiteral("protocol"), 1}, {QStringLiteral("role"), QStringLiteral("barista")},
               {QStringLiteral("token"), barista}});
    bar.open();
    QVERIFY(serveUntil([&] { return !bar.firstResponse().isEmpty(); }, 10'000));
    QVERIFY2(bar.firstResponse().value(QStringLiteral("ok")).toBool(), qPrintable(QJsonDocument(bar.firstResponse()).toJson()));
    QVERIFY(serveUntil([&] { return silent[2]->closeCode() == 1013; }, 10'000));
    // A silent one that speaks at last is heard.
    RawWs &last = *silent.back();
    last.hello({{QStringLiteral("protocol"), 1}, {QStringLiteral("role"), QStringLiteral("customer")}});
    QVERIFY(serveUntil([&] { return !last.firstResponse().isEmpty(); }, 10'000));
    QVERIFY(last.firstResponse().value(QStringLiteral("ok")).toBool());
    QCOMPARE(silent[3]->closeCode(), -1);
    QCOMPARE(server.waitingForHelloCount(), 1);
    QCOMPARE(server.sessionCount(), 2);
}

// Twenty phones (the new customers one address may make in a minute) say hello at
// once, while the main thread is held: at most eight
// sessions' hellos go into one transaction, so that a device's request never waits
// behind hundreds; every phone is answered.
void TestAcceptThread::aCrowdOfHellosTakesShortTransactions()
{
    constexpr int kPhones = 20, kHellosPerTransaction = 8;
    TestServer server;
    server.server().setHousekeepingInterval(600'000); // its own transactions are not counted
    int commits = 0;
    server.services().transactor.setCommitObserver([&](double) { ++commits; });
    std::vector<std::unique_ptr<BlockingPhone>> phones;
    std::vector<std::future<bool>> upgraded;
    std::vector<std::future<QList<QByteArray>>> answers;
    std::vector<std::jthread> clients;
    for (int i = 0; i < kPhones; ++i) {
        phones.push_back(std::make_unique<BlockingPhone>());
        upgraded.push_back(phones.back()->upgraded.get_future());
        answers.push_back(phones.back()->responses.get_future());
        clients.emplace_back([phone = phones.back().get(), url = server.url()] { phone->run(url); });
    }
    for (auto &u : upgraded)
        QVERIFY(u.wait_for(std::chrono::seconds(20)) == std::future_status::ready && u.get());
    const auto ready = [](auto &f) { return f.wait_for(std::chrono::seconds(0)) == std::future_status::ready; };
    QVERIFY(serveUntil([&] { return std::all_of(answers.begin(), answers.end(), ready); }, 20'000));
    for (auto &a : answers) {
        const QList<QByteArray> frames = a.get();
        QCOMPARE(frames.size(), 1);
        QVERIFY2(frames.first().contains(R"("ok":true)"), frames.first().constData());
    }
    QVERIFY2(commits >= (kPhones + kHellosPerTransaction - 1) / kHellosPerTransaction, qPrintable(QStringLiteral("%1 transactions").arg(commits)));
}

QTEST_GUILESS_MAIN(TestAcceptThread)
#include "tst_acceptthread.moc"

// How the server reads a request head, against a real server on port 0: heads over
// 8 KiB, malformed, slow, never finished, followed by a body, and floods of connections
// that never finish theirs. Every other client is served throughout.
#include "httpfront.h"
#include "httpsupport.h"
#include "testshop.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace presso;
using namespace presso::test;
using namespace Qt::StringLiterals;

class TestHttpHeads : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void headOver8KiBIs431_data();
    void headOver8KiBIs431();
    void malformedHeadIs400_data();
    void malformedHeadIs400();
    void slowHeadIsServed();
    void slowUpgradeIsServed();
    void bodyOnGetIsIgnored();
    void unfinishedHeadTimesOut();
    void manySilentConnections();
    void oldestUnfinishedHeadGivesWay();
};

void TestHttpHeads::headOver8KiBIs431_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<int>("status");
    const QByteArray start = "GET /healthz HTTP/1.1\r\nHost: x\r\n";
    const auto padded = [&](qsizetype total) {
        // One header filled so that the head, blank line included, is total bytes.
        const QByteArray name = "X-Pad: ";
        return start + name + QByteArray(total - start.size() - name.size() - 4, 'p') + "\r\n\r\n";
    };
    QTest::newRow("exactly 8 KiB") << padded(8 * 1024) << 200;
    QTest::newRow("8 KiB + 1") << padded(8 * 1024 + 1) << 431;
    QTest::newRow("64 KiB of headers") << padded(64 * 1024) << 431;
    QTest::newRow("a request line of 9 KiB") << "GET /" + QByteArray(9 * 1024, 'a') + " HTTP/1.1\r\n\r\n" << 431;
    QTest::newRow("9 KiB with no line end") << QByteArray(9 * 1024, 'G') << 431;
    QTest::newRow("an upgrade over 8 KiB")
        << "GET / HTTP/1.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nX-Pad: " + QByteArray(9000, 'p') + "\r\n\r\n"
        << 431;
}

void TestHttpHeads::headOver8KiBIs431()
{
    QFETCH(QByteArray, head);
    QFETCH(int, status);
    TestServer server;
    QCOMPARE(exchange(server.url(), {head}).status, status);
    QCOMPARE(get(server.url(), "/healthz").status, 200);
}

void TestHttpHeads::malformedHeadIs400_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::newRow("plain text") << QByteArray("hello\r\n\r\n");
    QTest::newRow("not HTTP") << QByteArray("GET / FTP/1.0\r\n\r\n");
    QTest::newRow("HTTP/2 preface") << QByteArray("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n");
    QTest::newRow("no target") << QByteArray("GET HTTP/1.1\r\n\r\n");
    QTest::newRow("asterisk target") << QByteArray("OPTIONS * HTTP/1.1\r\n\r\n");
    QTest::newRow("header without colon") << QByteArray("GET / HTTP/1.1\r\nHost x\r\n\r\n");
    QTest::newRow("space before colon") << QByteArray("GET / HTTP/1.1\r\nHost : x\r\n\r\n");
    QTest::newRow("folded header") << QByteArray("GET / HTTP/1.1\r\nX-A: 1\r\n  2\r\n\r\n");
    QTest::newRow("control character") << QByteArray("GET /\x01 HTTP/1.1\r\n\r\n", 19);
    QTest::newRow("binary") << QByteArray("\x16\x03\x01\x02\x00\x01\x00\n\n", 9);
    QTest::newRow("NUL bytes") << QByteArray(64, '\0') + "\n\n";
    QTest::newRow("upgrade with bare line feeds")
        << QByteArray("GET / HTTP/1.1\nHost: x\nUpgrade: websocket\nConnection: Upgrade\n"
                      "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\nSec-WebSocket-Version: 13\n\n");
    QTest::newRow("upgrade with one bare line feed")
        << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\nConnection: Upgrade\r\n"
                      "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n");
}

void TestHttpHeads::malformedHeadIs400()
{
    QFETCH(QByteArray, head);
    TestServer server;
    const HttpReply reply = exchange(server.url(), {head});
    QCOMPARE(reply.status, 400);
    QCOMPARE(get(server.url(), "/healthz").status, 200);
}

void TestHttpHeads::slowHeadIsServed()
{
    TestServer server;
    const QByteArray head = "GET /healthz HTTP/1.1\r\nHost: shop\r\nUser-Agent: slow\r\n\r\n";
    QList<QByteArray> bytes;
    for (char c : head)
        bytes.append(QByteArray(1, c));
    const HttpReply reply = exchange(server.url(), bytes);
    QCOMPARE(reply.status, 200);
    // Bare line feeds end lines too.
    QCOMPARE(exchange(server.url(), {"GET /healthz HTTP/1.0\n", "Host: shop\n", "\n"}).status, 200);
}

void TestHttpHeads::slowUpgradeIsServed()
{
    // The hello timeout closes the connection once the handshake is done.
    TestServer server(TestServer::kStart, 300);
    const QByteArray head = "GET /o?code=x HTTP/1.1\r\nHost: shop\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                            "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
                            "Sec-WebSocket-Protocol: presso.v1\r\n\r\n";
    const HttpReply reply = exchange(server.url(), {head.left(20), head.mid(20, 60), head.mid(80)});
    QCOMPARE(reply.status, 101);
    QCOMPARE(reply.header("sec-websocket-protocol"), "presso.v1");
    QCOMPARE(reply.header("sec-websocket-accept"), "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=");
    // What followed was the server's close frame for the missing hello (1008).
    QVERIFY(reply.body.startsWith("\x88"));
}

void TestHttpHeads::bodyOnGetIsIgnored()
{
    TestServer server;
    const HttpReply reply = exchange(server.url(), {"GET /healthz HTTP/1.1\r\nHost: x\r\nContent-Length: 11\r\n\r\n",
                                                    "hello world"});
    QCOMPARE(reply.status, 200);
    QCOMPARE(QJsonDocument::fromJson(reply.body).object().value(u"status"_s).toString(), u"ok"_s);
}

void TestHttpHeads::unfinishedHeadTimesOut()
{
    constexpr int kTimeoutMs = 300;
    TestServer server(TestServer::kStart, kTimeoutMs);
    QElapsedTimer elapsed;
    elapsed.start();
    const HttpReply partial = exchange(server.url(), {"GET /healthz HTTP/1.1\r\nHost: x\r\n"});
    QCOMPARE(partial.status, 408);
    QVERIFY(elapsed.elapsed() >= kTimeoutMs - 50);
    const HttpReply silent = exchange(server.url(), {});
    QCOMPARE(silent.status, 408);
    // An upgrade that never finishes its head is timed out the same way.
    QCOMPARE(exchange(server.url(), {"GET / HTTP/1.1\r\nUpgrade: websocket\r\n"}).status, 408);
    QCOMPARE(get(server.url(), "/healthz").status, 200);
}

void TestHttpHeads::manySilentConnections()
{
    TestShop shop;
    std::vector<std::unique_ptr<QTcpSocket>> silent;
    for (int i = 0; i < 300; ++i) {
        silent.push_back(std::make_unique<QTcpSocket>());
        silent.back()->connectToHost(shop.server.url().host(), quint16(shop.server.url().port()));
        if (i % 2)
            silent.back()->write("GET / HTTP/1.1\r\nHost: x\r\n"); // a head never finished
    }
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(get(shop.server.url(), "/healthz").status, 200);
        QVERIFY(shop.barista->call(u"ping"_s).ok);
    }
    WsProbe late(shop.server.url());
    QVERIFY(!late.join(Role::Display, shop.displayToken).isEmpty());
}

void TestHttpHeads::oldestUnfinishedHeadGivesWay()
{
    // A front of its own with room for three unfinished heads.
    HttpFront::Options options;
    options.maxPendingHeads = 3;
    HttpFront front(options, [](const HttpRequest &r) { return HttpResponse::text(200, r.path.toUtf8()); });
    QVERIFY(front.listen(QHostAddress::LocalHost, 0));
    const QUrl url(u"http://127.0.0.1:%1"_s.arg(front.serverPort()));
    std::vector<std::unique_ptr<QTcpSocket>> silent;
    for (int i = 0; i < 5; ++i) {
        silent.push_back(std::make_unique<QTcpSocket>());
        silent.back()->connectToHost(url.host(), quint16(url.port()));
        QVERIFY(QSignalSpy(silent.back().get(), &QAbstractSocket::connected).wait());
        QTRY_COMPARE(front.pendingHeadCount(), std::min(i + 1, 3));
    }
    // The two oldest were dropped for the newer ones; the newest three still wait.
    QTRY_COMPARE(silent[0]->state(), QAbstractSocket::UnconnectedState);
    QTRY_COMPARE(silent[1]->state(), QAbstractSocket::UnconnectedState);
    for (int i = 2; i < 5; ++i)
        QCOMPARE(silent[i]->state(), QAbstractSocket::ConnectedState);
    // A real client still gets its answer, at the cost of the oldest waiting one.
    const HttpReply reply = get(url, "/hello");
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.body, "/hello\n");
    QTRY_COMPARE(silent[2]->state(), QAbstractSocket::UnconnectedState);
    QCOMPARE(front.pendingHeadCount(), 2);
}

QTEST_GUILESS_MAIN(TestHttpHeads)
#include "tst_httpheads.moc"

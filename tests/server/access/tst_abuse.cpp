// Clients that misbehave at the transport level: one that stops reading, and a flood of
// connections that never say hello. The server keeps serving everyone else and its
// buffers stay bounded.
#include "wsprobe.h"

#include "pressoserver.h"
#include "sqlitestorage.h"

#include <QDir>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace presso;
using namespace presso::test;

namespace {
// A server with small limits so that the tests reach them quickly.
struct SmallServer
{
    SmallServer()
        : storage(QDir(dir.path()).filePath(QStringLiteral("presso.db")))
        , clock(1'795'000'060'000)
        , server(storage, clock)
    {
        PressoServer::Options options;
        options.port = 0;
        options.helloTimeoutMs = 500;
        options.maxUnsentBytes = 64 * 1024;
        if (!server.start(options))
            qFatal("server did not start");
    }
    QString addDevice(Role role, const QString &name)
    {
        Services &s = server.services();
        return *s.transactor.run([&] { return s.devices.add(role, name); });
    }

    QTemporaryDir dir;
    SqliteStorage storage;
    ManualClock clock;
    PressoServer server;
};

// One masked client text frame (RFC 6455 5.3), written by hand so that the test's own
// socket can be made to stop reading.
QByteArray maskedTextFrame(const QByteArray &payload)
{
    QByteArray frame;
    frame.append(char(0x81));
    if (payload.size() < 126) {
        frame.append(char(0x80 | payload.size()));
    } else {
        frame.append(char(0x80 | 126));
        frame.append(char((payload.size() >> 8) & 0xff));
        frame.append(char(payload.size() & 0xff));
    }
    const quint32 mask = QRandomGenerator::global()->generate();
    const char key[4] = {char(mask >> 24), char(mask >> 16), char(mask >> 8), char(mask)};
    frame.append(key, 4);
    for (qsizetype i = 0; i < payload.size(); ++i)
        frame.append(char(payload.at(i) ^ key[i % 4]));
    return frame;
}
} // namespace

class TestAbuse : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void clientThatNeverReadsIsDisconnected();
    void floodOfSilentConnections();
};

void TestAbuse::clientThatNeverReadsIsDisconnected()
{
    SmallServer shop;
    const QString displayToken = shop.addDevice(Role::Display, QStringLiteral("tv"));
    const QString adminToken = shop.addDevice(Role::Admin, QStringLiteral("admin"));

    // The slow display: a raw socket that says hello, then stops reading.
    QTcpSocket slow;
    slow.connectToHost(shop.server.url().host(), quint16(shop.server.url().port()));
    QVERIFY(slow.waitForConnected(5000));
    slow.write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
               "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
               "Sec-WebSocket-Protocol: presso.v1\r\n\r\n");
    QTRY_VERIFY(slow.peek(4096).contains("\r\n\r\n"));
    QVERIFY(slow.readAll().startsWith("HTTP/1.1 101"));
    slow.write(maskedTextFrame(QStringLiteral(R"({"type":"req","id":"h","op":"hello","args":{"protocol":1,"role":"display","token":"%1"}})")
                                   .arg(displayToken).toUtf8()));
    QTRY_VERIFY(slow.bytesAvailable() > 0); // the hello response
    slow.setReadBufferSize(1024);

    WsProbe healthy(shop.server.url());
    QVERIFY(!healthy.join(Role::Display, displayToken).isEmpty());
    WsProbe admin(shop.server.url());
    QVERIFY(!admin.join(Role::Admin, adminToken).isEmpty());

    // A large menu: every change sends all of it to every screen.
    QJsonArray menu;
    for (int d = 0; d < 60; ++d) {
        QJsonArray options;
        for (int o = 0; o < 15; ++o)
            options.append(QStringLiteral("Option %1 of a long list").arg(o));
        menu.append(QJsonObject{{QStringLiteral("drink"), QStringLiteral("Drink %1").arg(d)},
                                {QStringLiteral("icon"), QStringLiteral("latte")},
                                {QStringLiteral("modifiers"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("Choice")},
                                                                                     {QStringLiteral("options"), options}}}}});
    }
    QVERIFY(admin.call(QStringLiteral("menu.set"), {{QStringLiteral("menu"), menu}}).ok);
    QCOMPARE(shop.server.sessionCount(), 3);

    int changes = 0;
    while (shop.server.sessionCount() == 3 && changes < 2000) {
        QVERIFY(admin.call(QStringLiteral("menu.setAvailable"),
                           {{QStringLiteral("drink"), QStringLiteral("Drink 1")}, {QStringLiteral("available"), changes % 2 == 1}}).ok);
        ++changes;
    }
    QTRY_COMPARE(shop.server.sessionCount(), 2);
    QVERIFY(changes < 2000);
    // Everyone else got every change.
    QTRY_COMPARE(healthy.eventsOf(EventType::ConfigChanged).size(), changes + 1);
    QVERIFY(healthy.call(QStringLiteral("ping")).ok);
}

void TestAbuse::floodOfSilentConnections()
{
    SmallServer shop;
    const QString token = shop.addDevice(Role::Barista, QStringLiteral("bar"));
    WsProbe barista(shop.server.url());
    QVERIFY(!barista.join(Role::Barista, token).isEmpty());

    std::vector<std::unique_ptr<QWebSocket>> silent;
    for (int i = 0; i < 200; ++i) {
        silent.push_back(std::make_unique<QWebSocket>());
        silent.back()->open(shop.server.url());
    }
    // The real client is served throughout.
    for (int i = 0; i < 20; ++i)
        QVERIFY(barista.call(QStringLiteral("ping")).ok);
    // Held by the accept thread: none of them is a session on the main thread.
    QTRY_VERIFY_WITH_TIMEOUT(shop.server.waitingForHelloCount() > 100, 10'000);
    QCOMPARE(shop.server.sessionCount(), 1);
    // Every silent one is closed by the hello timeout and forgotten. On a busy machine a
    // socket may still be handshaking when the others are gone: wait for each one.
    for (auto &s : silent)
        QTRY_COMPARE_WITH_TIMEOUT(s->state(), QAbstractSocket::UnconnectedState, 20'000);
    QTRY_COMPARE_WITH_TIMEOUT(shop.server.waitingForHelloCount(), 0, 20'000);
    QCOMPARE(shop.server.sessionCount(), 1);
    QVERIFY(barista.call(QStringLiteral("ping")).ok);
}

QTEST_GUILESS_MAIN(TestAbuse)
#include "tst_abuse.moc"

// protocol.md's "HTTP on the same port", against a real server on port 0: every route
// and status code, the files and their caching, the pairing page, the health check with
// its storage gone, and WebSocket upgrades on any path, over plain TCP and over TLS on
// one port. (Request heads: tst_httpheads; metrics: tst_metrics.)
#include "httpsupport.h"
#include "session.h"
#include "testcert.h"
#include "testshop.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSslKey>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace presso;
using namespace presso::test;
using namespace Qt::StringLiterals;

class TestHttp : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void routes_data();
    void routes();
    void headAnswersWithoutBody();
    void htmlCarriesSecurityHeaders();
    void unchangedFileIs304();
    void pairPageEscapesTheCode();
    void healthReportsStorage();
    void webSocketOnAnyPath_data();
    void webSocketOnAnyPath();
    void tlsOnOnePort();
};

void TestHttp::routes_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    const QByteArray html = "text/html; charset=utf-8";
    const QByteArray text = "text/plain; charset=utf-8";
    const auto row = [](const char *method, const char *target, int status, const QByteArray &type) {
        QTest::addRow("%s %s", method, target) << QByteArray(method) << QByteArray(target) << status << type;
    };
    row("GET", "/", 200, html);
    row("GET", "/o", 200, html);
    row("GET", "/o?code=AB12CD34", 200, html);
    row("GET", "/o?follow=o-1&t=secret", 200, html);
    row("GET", "/web/index.html", 200, html);
    // Every file the page loads, the translations made at build time among them.
    const QByteArray js = "text/javascript; charset=utf-8";
    for (const char *module : {"/web/app.js", "/web/client.js", "/web/view.js", "/web/alert.js", "/web/strings.js",
                                "/web/translations.js", "/web/sw.js"})
        row("GET", module, 200, js);
    row("GET", "/web/style.css", 200, "text/css; charset=utf-8");
    row("GET", "/icons/presso.svg", 200, "image/svg+xml");
    row("GET", "/icons/latte.svg", 200, "image/svg+xml");
    row("GET", "/icons/espresso.svg", 200, "image/svg+xml");
    row("GET", "/healthz", 200, "application/json");
    row("GET", "/metrics", 200, "text/plain; version=0.0.4; charset=utf-8");
    row("GET", "/pair?code=123456", 200, html);
    row("GET", "http://shop.local/healthz", 200, "application/json");
    row("HEAD", "/healthz", 200, "application/json");
    row("GET", "/nothing-here", 404, text);
    row("GET", "/o/", 404, text);
    row("GET", "/web/", 404, text);
    row("GET", "/web/missing.js", 404, text);
    row("GET", "/icons/missing.svg", 404, text);
    row("GET", "/icons/../web/index.html", 404, text);
    row("GET", "/web/../sql/sqlite/orders_open.sql", 404, text);
    row("GET", "/web/%2e%2e/sql/sqlite/orders_open.sql", 404, text);
    row("GET", "/web/.hidden", 404, text);
    row("GET", "/sql/sqlite/orders_open.sql", 404, text);
    row("GET", "/menu/default-menu.json", 404, text);
    row("POST", "/", 405, text);
    row("PUT", "/healthz", 405, text);
    row("DELETE", "/metrics", 405, text);
    row("POST", "/nothing-here", 404, text);
}

void TestHttp::routes()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, target);
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    TestServer server;
    const HttpReply reply = request(server.url(), method, target);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.header("content-type"), contentType);
    QCOMPARE(reply.header("x-content-type-options"), "nosniff");
    QCOMPARE(reply.header("referrer-policy"), "no-referrer");
    QCOMPARE(reply.header("connection"), "close");
    if (method != "HEAD")
        QCOMPARE(reply.header("content-length").toLongLong(), reply.body.size());
    if (status == 405)
        QCOMPARE(reply.header("allow"), "GET, HEAD");
    if (status == 200 && contentType.startsWith("text/html"))
        QVERIFY(reply.body.contains("<html"));
}

void TestHttp::headAnswersWithoutBody()
{
    TestServer server;
    const HttpReply full = get(server.url(), "/");
    const HttpReply head = request(server.url(), "HEAD", "/");
    QCOMPARE(head.status, 200);
    QVERIFY(head.body.isEmpty());
    QCOMPARE(head.header("content-length").toLongLong(), full.body.size());
    QCOMPARE(head.header("etag"), full.header("etag"));
}

void TestHttp::htmlCarriesSecurityHeaders()
{
    TestServer server;
    for (const QByteArray target : {"/", "/o?code=x", "/pair?code=1"}) {
        const HttpReply reply = get(server.url(), target);
        const QByteArray csp = reply.header("content-security-policy");
        QVERIFY2(csp.contains("default-src 'self'"), target.constData());
        QVERIFY(csp.contains("frame-ancestors 'none'"));
        QVERIFY(!csp.contains("unsafe-inline"));
    }
    // The same page whatever the query: the page itself reads the code.
    QCOMPARE(get(server.url(), "/o?code=AB12").body, get(server.url(), "/").body);
    QFile index(u":/web/index.html"_s);
    QVERIFY(index.open(QIODevice::ReadOnly));
    QCOMPARE(get(server.url(), "/").body, index.readAll());
    // The drink icons are the very files the kiosk draws (DrinkIcons reads :/icons/).
    QFile latte(u":/icons/latte.svg"_s);
    QVERIFY(latte.open(QIODevice::ReadOnly));
    QCOMPARE(get(server.url(), "/icons/latte.svg").body, latte.readAll());
}

void TestHttp::unchangedFileIs304()
{
    TestServer server;
    const HttpReply first = get(server.url(), "/icons/latte.svg");
    const QByteArray etag = first.header("etag");
    QVERIFY(etag.startsWith('"') && etag.endsWith('"') && etag.size() > 8);
    QCOMPARE(first.header("cache-control"), "no-cache");
    const HttpReply again = request(server.url(), "GET", "/icons/latte.svg", "If-None-Match: " + etag + "\r\n");
    QCOMPARE(again.status, 304);
    QVERIFY(again.body.isEmpty());
    QCOMPARE(again.header("etag"), etag);
    const HttpReply list = request(server.url(), "GET", "/icons/latte.svg", "If-None-Match: \"x\", W/" + etag + "\r\n");
    QCOMPARE(list.status, 304);
    const HttpReply other = request(server.url(), "GET", "/icons/latte.svg", "If-None-Match: \"stale\"\r\n");
    QCOMPARE(other.status, 200);
    QCOMPARE(other.body, first.body);
    QVERIFY(get(server.url(), "/icons/espresso.svg").header("etag") != etag);
}

void TestHttp::pairPageEscapesTheCode()
{
    TestServer server;
    const HttpReply plain = get(server.url(), "/pair?code=123456");
    QVERIFY(plain.body.contains("<strong>123456</strong>"));
    QVERIFY(plain.body.contains("setup screen"));
    QCOMPARE(plain.header("cache-control"), "no-store");
    const HttpReply hostile = get(server.url(), "/pair?code=%3Cscript%3Ealert(1)%3C/script%3E%22%27");
    QCOMPARE(hostile.status, 200);
    QVERIFY(!hostile.body.contains("<script"));
    QVERIFY(hostile.body.contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;"));
    const HttpReply none = get(server.url(), "/pair");
    QCOMPARE(none.status, 200);
    QVERIFY(none.body.contains("no pairing code"));
}

void TestHttp::healthReportsStorage()
{
    TestServer server;
    const HttpReply ok = get(server.url(), "/healthz");
    QCOMPARE(ok.status, 200);
    QCOMPARE(ok.header("cache-control"), "no-store");
    const QJsonObject body = QJsonDocument::fromJson(ok.body).object();
    QCOMPARE(body.value(u"status"_s).toString(), u"ok"_s);
    QCOMPARE(body.value(u"version"_s).toString(), QStringLiteral(PRESSO_VERSION));
    QCOMPARE(body.value(u"storage"_s).toString(), u"sqlite"_s);
    QCOMPARE(body.value(u"shops"_s).toInt(), 1);

    // The database file taken away under the running server (a deleted or unmounted
    // data directory): whatever it committed now would be lost, so it does not serve.
    const QString db = server.databasePath();
    QVERIFY(QFile::rename(db, db + u".away"_s));
    const HttpReply down = get(server.url(), "/healthz");
    QCOMPARE(down.status, 503);
    const QJsonObject downBody = QJsonDocument::fromJson(down.body).object();
    QCOMPARE(downBody.value(u"status"_s).toString(), u"unavailable"_s);
    QCOMPARE(downBody.value(u"storage"_s).toString(), u"sqlite"_s);
    // Another file in its place is not the store either.
    QFile impostor(db);
    QVERIFY(impostor.open(QIODevice::WriteOnly));
    impostor.write("not the database");
    impostor.close();
    QCOMPARE(get(server.url(), "/healthz").status, 503);
    QVERIFY(QFile::remove(db));
    QVERIFY(QFile::rename(db + u".away"_s, db));
    QCOMPARE(get(server.url(), "/healthz").status, 200);
}

void TestHttp::webSocketOnAnyPath_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("/") << u"/"_s;
    QTest::newRow("/o?code=x") << u"/o?code=x"_s;
    QTest::newRow("/healthz") << u"/healthz"_s;
    QTest::newRow("/anything/else") << u"/anything/else"_s;
}

void TestHttp::webSocketOnAnyPath()
{
    QFETCH(QString, path);
    TestShop shop;
    QUrl url = shop.server.url();
    const qsizetype q = path.indexOf(u'?');
    url.setPath(path.left(q));
    if (q >= 0)
        url.setQuery(path.mid(q + 1));
    WsProbe probe(url);
    QVERIFY(!probe.join(Role::Display, shop.displayToken).isEmpty());
    QCOMPARE(probe.socket().subprotocol(), u"presso.v1"_s);
    QVERIFY(probe.call(u"ping"_s).ok);
    // Nagle is off on every connection the server accepted.
    const auto sockets = shop.server.server().findChildren<QTcpSocket *>();
    QVERIFY(!sockets.isEmpty());
    for (QTcpSocket *s : sockets)
        QCOMPARE(s->socketOption(QAbstractSocket::LowDelayOption).toInt(), 1);
    // Each session writes its frames, made once, straight to its TCP socket.
    for (const Session *s : shop.server.services().publisher.sessions())
        QVERIFY(s->tcp);
}

void TestHttp::tlsOnOnePort()
{
    QTemporaryDir dir;
    const TestCertificate made = makeTestCertificate(dir.path());
    QVERIFY2(made.ok(), "openssl is missing or failed: cannot make a test certificate");
    const QSslConfiguration serverTls = made.serverTls();
    QVERIFY(!serverTls.localCertificate().isNull());
    const QSslCertificate certificate = serverTls.localCertificate();

    TestServer server;
    server.serveTls(serverTls);
    QCOMPARE(server.url().scheme(), u"wss"_s);
    const QString token = server.addDevice(Role::Display, u"tv"_s);

    // The client trusts exactly the test certificate.
    QSslConfiguration clientTls = QSslConfiguration::defaultConfiguration();
    clientTls.setCaCertificates({certificate});
    clientTls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    const HttpReply https = request(server.url(), "GET", "/healthz", {}, clientTls);
    QCOMPARE(https.status, 200);
    QCOMPARE(QJsonDocument::fromJson(https.body).object().value(u"status"_s).toString(), u"ok"_s);
    QCOMPARE(request(server.url(), "GET", "/o?code=x", {}, clientTls).status, 200);
    QCOMPARE(request(server.url(), "GET", "/nothing", {}, clientTls).status, 404);

    QUrl wss = server.url();
    wss.setPath(u"/o"_s);
    wss.setQuery(u"code=x"_s);
    WsProbe tv(wss);
    tv.socket().setSslConfiguration(clientTls);
    QVERIFY(!tv.join(Role::Display, token).isEmpty());
    QCOMPARE(tv.socket().subprotocol(), u"presso.v1"_s);
    QVERIFY(tv.call(u"ping"_s).ok);
    // The frames written under TLS are encrypted like QWebSocket's own.
    for (const Session *s : server.services().publisher.sessions())
        QVERIFY(s->tcp);
    QVERIFY(tv.call(u"config.get"_s).ok);
    // Plain HTTP on the TLS port gets no page.
    QCOMPARE(get(server.url(), "/healthz").status, 0);
}

QTEST_GUILESS_MAIN(TestHttp)
#include "tst_http.moc"

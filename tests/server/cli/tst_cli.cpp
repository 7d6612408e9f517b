// The presso-server binary as the shop owner uses it: serve on port 0, devices, settings
// and menu from the command line while it runs, events tail and journey, wss://, SIGTERM.
#include "cliprocess.h"
#include "wsprobe.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace presso;
using namespace presso::test;

class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void serveOnPortZeroAndStopOnSigterm();
    void deviceAddListRevoke();
    void settingsAndMenuReachARunningServer();
    void eventsTailAndJourney();
    void badInputIsRefusedClearly();
    void wssEndToEnd();
    void backupWhileServing();
};

void TestCli::serveOnPortZeroAndStopOnSigterm()
{
    QTemporaryDir dir;
    ServerProcess server(dir.path());
    QVERIFY2(server.url().isValid() && server.url().port() > 0, qPrintable(server.url().toString()));
    QCOMPARE(server.url().scheme(), QStringLiteral("ws"));
    server.process().terminate();
    QVERIFY(server.process().waitForFinished(10'000));
    QCOMPARE(server.process().exitStatus(), QProcess::NormalExit);
    QCOMPARE(server.process().exitCode(), 0);
}

void TestCli::deviceAddListRevoke()
{
    QTemporaryDir dir;
    const Output added = runCli(dir.path(), {QStringLiteral("device"), QStringLiteral("add"), QStringLiteral("--role"),
                                             QStringLiteral("display"), QStringLiteral("--name"), QStringLiteral("tv-1")});
    QCOMPARE(added.code, 0);
    const QString token = added.out.trimmed();
    QVERIFY(token.size() >= 43); // 256 bits, base64url
    QVERIFY(!token.contains(QLatin1Char('\n')));

    ServerProcess server(dir.path());
    WsProbe tv(server.url());
    QVERIFY(!tv.join(Role::Display, token).isEmpty());

    const Output list = runCli(dir.path(), {QStringLiteral("device"), QStringLiteral("list")});
    QCOMPARE(list.code, 0);
    QVERIFY(list.out.contains(QStringLiteral("tv-1")));
    QVERIFY(!list.out.contains(token));

    // Revoked from the command line while connected: closed at once.
    QCOMPARE(runCli(dir.path(), {QStringLiteral("device"), QStringLiteral("revoke"), QStringLiteral("tv-1")}).code, 0);
    QVERIFY(tv.waitForClose(5000));
    WsProbe again(server.url());
    QVERIFY(again.connectNow());
    QCOMPARE(again.hello(Role::Display, token).error.code, ErrorCode::Unauthenticated);

    // The database holds the token's hash only.
    QFile db(QDir(dir.path()).filePath(QStringLiteral("presso.db")));
    QVERIFY(db.open(QIODevice::ReadOnly));
    QVERIFY(!db.readAll().contains(token.toUtf8()));
}

void TestCli::settingsAndMenuReachARunningServer()
{
    QTemporaryDir dir;
    const QString token = runCli(dir.path(), {QStringLiteral("device"), QStringLiteral("add"), QStringLiteral("--role"),
                                              QStringLiteral("kiosk"), QStringLiteral("--name"), QStringLiteral("k")}).out.trimmed();
    ServerProcess server(dir.path());
    WsProbe kiosk(server.url());
    QVERIFY(!kiosk.join(Role::Kiosk, token).isEmpty());

    const Output set = runCli(dir.path(), {QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("open"), QStringLiteral("false")});
    QCOMPARE(set.code, 0);
    const auto changed = kiosk.waitForEvent(EventType::ConfigChanged, 10'000);
    QVERIFY(changed);
    QCOMPARE(changed->event.detail.value(QStringLiteral("shop")).toObject().value(QStringLiteral("open")).toBool(), false);
    QCOMPARE(kiosk.call(QStringLiteral("config.get")).result.value(QStringLiteral("shop")).toObject()
                 .value(QStringLiteral("open")).toBool(), false);

    const Output exported = runCli(dir.path(), {QStringLiteral("menu"), QStringLiteral("export")});
    QCOMPARE(exported.code, 0);
    QJsonArray menu = QJsonDocument::fromJson(exported.out.toUtf8()).array();
    QCOMPARE(menu.size(), 7);
    menu.append(QJsonObject{{QStringLiteral("drink"), QStringLiteral("Mocha")}, {QStringLiteral("icon"), QStringLiteral("mocha")}});
    QTemporaryDir files;
    const QString path = QDir(files.path()).filePath(QStringLiteral("menu.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(menu).toJson());
    f.close();
    kiosk.clearEvents();
    QCOMPARE(runCli(dir.path(), {QStringLiteral("menu"), QStringLiteral("import"), path}).code, 0);
    const auto menuChanged = kiosk.waitForEvent(EventType::ConfigChanged, 10'000);
    QVERIFY(menuChanged);
    QCOMPARE(menuChanged->event.detail.value(QStringLiteral("menu")).toArray().size(), 8);
}

void TestCli::eventsTailAndJourney()
{
    QTemporaryDir dir;
    auto add = [&](const char *role, const char *name) {
        return runCli(dir.path(), {QStringLiteral("device"), QStringLiteral("add"), QStringLiteral("--role"),
                                   QString::fromLatin1(role), QStringLiteral("--name"), QString::fromLatin1(name)}).out.trimmed();
    };
    const QString kioskToken = add("kiosk", "k");
    const QString baristaToken = add("barista", "b");
    ServerProcess server(dir.path());
    WsProbe barista(server.url());
    const QJsonObject hello = barista.join(Role::Barista, baristaToken);
    const QString code = hello.value(QStringLiteral("snapshot")).toObject().value(QStringLiteral("qr")).toObject()
                             .value(QStringLiteral("code")).toString();
    WsProbe kiosk(server.url());
    kiosk.join(Role::Kiosk, kioskToken);
    const Response redeemed = kiosk.call(QStringLiteral("qr.redeem"), {{QStringLiteral("code"), code},
                                                                        {QStringLiteral("customerName"), QStringLiteral("Ana")}});
    QVERIFY(redeemed.ok);
    const QString orderToken = redeemed.result.value(QStringLiteral("orderToken")).toString();
    QVERIFY(kiosk.call(QStringLiteral("order.submit"), {{QStringLiteral("orderId"), redeemed.result.value(QStringLiteral("orderId"))},
                                                        {QStringLiteral("orderToken"), orderToken},
                                                        {QStringLiteral("drink"), QStringLiteral("Latte")}}).ok);

    const Output tail = runCli(dir.path(), {QStringLiteral("events"), QStringLiteral("tail")});
    QCOMPARE(tail.code, 0);
    QVERIFY(tail.out.contains(QStringLiteral("OrderManager.WaitingCompletion")));
    QVERIFY(tail.out.contains(QStringLiteral("Order 1 (Ana): Latte: QUEUED")));
    for (const QString &secret : {orderToken, kioskToken, baristaToken})
        QVERIFY(!tail.out.contains(secret));

    const Output journey = runCli(dir.path(), {QStringLiteral("journey"), QStringLiteral("1")});
    QCOMPARE(journey.code, 0);
    const QStringList lines = journey.out.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 3); // the headline, WorkflowStarted, WaitingCompletion
    QVERIFY(lines.at(1).contains(QStringLiteral("OrderProcessor.WorkflowStarted")));
    QVERIFY(lines.at(2).contains(QStringLiteral("OrderManager.WaitingCompletion")));
}

void TestCli::badInputIsRefusedClearly()
{
    QTemporaryDir dir;
    const Output unknown = runCli(dir.path(), {QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("colour"), QStringLiteral("red")});
    QCOMPARE(unknown.code, 1);
    QVERIFY(unknown.err.contains(QStringLiteral("unknown setting")));
    const Output range = runCli(dir.path(), {QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("drinksPerCode"), QStringLiteral("0")});
    QCOMPARE(range.code, 1);
    QVERIFY(range.err.contains(QStringLiteral("drinksPerCode")));
    // Part two's settings, from the command line too.
    const Output badUrl = runCli(dir.path(), {QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("publicUrl"), QStringLiteral("coffee")});
    QCOMPARE(badUrl.code, 1);
    QVERIFY(badUrl.err.contains(QStringLiteral("publicUrl")));
    const Output phones = runCli(dir.path(), {QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("phoneOrdering"), QStringLiteral("false")});
    QCOMPARE(phones.code, 0);
    QCOMPARE(QJsonDocument::fromJson(phones.out.toUtf8()).object().value(QStringLiteral("phoneOrdering")), QJsonValue(false));
    // The shop's languages: a list separated by commas, each a language presso ships.
    const Output french = runCli(dir.path(), {QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("languages"), QStringLiteral("de,fr")});
    QCOMPARE(french.code, 1);
    QVERIFY2(french.err.contains(QStringLiteral("languages[1]: \"fr\" is not a language presso ships")), qPrintable(french.err));
    const Output languages = runCli(dir.path(), {QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("languages"), QStringLiteral("de, en")});
    QCOMPARE(languages.code, 0);
    QCOMPARE(QJsonDocument::fromJson(languages.out.toUtf8()).object().value(QStringLiteral("languages")),
             QJsonValue(QJsonArray{QStringLiteral("de"), QStringLiteral("en")}));
    QTemporaryDir files;
    const QString path = QDir(files.path()).filePath(QStringLiteral("bad.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"([{"drink":"Latte","icon":"latte"},{"drink":"Latte","icon":"latte"}])");
    f.close();
    const Output menu = runCli(dir.path(), {QStringLiteral("menu"), QStringLiteral("import"), path});
    QCOMPARE(menu.code, 1);
    QVERIFY(menu.err.contains(QStringLiteral("appears twice")));
    // Nothing changed.
    QCOMPARE(QJsonDocument::fromJson(runCli(dir.path(), {QStringLiteral("menu"), QStringLiteral("export")}).out.toUtf8()).array().size(), 7);
    const Output role = runCli(dir.path(), {QStringLiteral("device"), QStringLiteral("add"), QStringLiteral("--role"), QStringLiteral("chef"),
                                            QStringLiteral("--name"), QStringLiteral("x")});
    QCOMPARE(role.code, 1);
    QCOMPARE(runCli(dir.path(), {QStringLiteral("brew")}).code, 1);
    // A file that is not a database is refused with a clear message.
    QTemporaryDir broken;
    QFile junk(QDir(broken.path()).filePath(QStringLiteral("presso.db")));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write(QByteArray(8192, 'x'));
    junk.close();
    const Output damaged = runCli(broken.path(), {QStringLiteral("settings"), QStringLiteral("show")});
    QCOMPARE(damaged.code, 1);
    QVERIFY(damaged.err.contains(QStringLiteral("damaged")) || damaged.err.contains(QStringLiteral("not a database")));
}

void TestCli::wssEndToEnd()
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    QVERIFY2(!openssl.isEmpty(), "openssl is not installed: cannot make a test certificate");
    QTemporaryDir dir;
    const QString cert = QDir(dir.path()).filePath(QStringLiteral("cert.pem"));
    const QString key = QDir(dir.path()).filePath(QStringLiteral("key.pem"));
    QProcess gen;
    gen.start(openssl, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                        QStringLiteral("-nodes"), QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert,
                        QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1")});
    QVERIFY(gen.waitForFinished(60'000));
    QCOMPARE(gen.exitCode(), 0);
    const QString token = runCli(dir.path(), {QStringLiteral("device"), QStringLiteral("add"), QStringLiteral("--role"),
                                              QStringLiteral("display"), QStringLiteral("--name"), QStringLiteral("tv")}).out.trimmed();
    ServerProcess server(dir.path(), {QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), key});
    QCOMPARE(server.url().scheme(), QStringLiteral("wss"));
    WsProbe tv(server.url());
    // The test certificate is self-signed: trust exactly it.
    QFile certFile(cert);
    QVERIFY(certFile.open(QIODevice::ReadOnly));
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setCaCertificates(QSslCertificate::fromData(certFile.readAll()));
    ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    tv.socket().setSslConfiguration(ssl);
    const QJsonObject hello = tv.join(Role::Display, token);
    QVERIFY(!hello.isEmpty());
    QVERIFY(hello.value(QStringLiteral("snapshot")).toObject().contains(QStringLiteral("qr")));
}

void TestCli::backupWhileServing()
{
    QTemporaryDir dir;
    const QString token = runCli(dir.path(), {QStringLiteral("device"), QStringLiteral("add"), QStringLiteral("--role"),
                                              QStringLiteral("admin"), QStringLiteral("--name"), QStringLiteral("owner")}).out.trimmed();
    ServerProcess server(dir.path());
    WsProbe admin(server.url());
    QVERIFY(!admin.join(Role::Admin, token).isEmpty());
    QVERIFY(admin.call(QStringLiteral("settings.set"), {{QStringLiteral("drinksPerCode"), 42}}).ok);
    QTemporaryDir out;
    const QString copy = QDir(out.path()).filePath(QStringLiteral("backup.db"));
    const Output backup = runCli(dir.path(), {QStringLiteral("backup"), copy});
    QCOMPARE(backup.code, 0);
    // The copy is a whole database on its own: a server can start from it.
    QTemporaryDir restored;
    QVERIFY(QFile::copy(copy, QDir(restored.path()).filePath(QStringLiteral("presso.db"))));
    const Output shown = runCli(restored.path(), {QStringLiteral("settings"), QStringLiteral("show")});
    QCOMPARE(shown.code, 0);
    QCOMPARE(QJsonDocument::fromJson(shown.out.toUtf8()).object().value(QStringLiteral("drinksPerCode")).toInt(), 42);
    QVERIFY(admin.call(QStringLiteral("ping")).ok); // the server served throughout
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"

// The transport rules of protocol.md over real WebSockets, read raw as an outside
// client reads them: malformed frames, argument types, binary and oversized frames,
// response order, the hello timeout and the rate limit.
#include "accesssupport.h"

#include <QElapsedTimer>
#include <QTest>

using namespace presso;
using namespace presso::test;
using namespace Qt::StringLiterals;

namespace {
// A ping padded with an ignored argument to exactly bytes bytes of UTF-8.
QString paddedPing(int bytes)
{
    const QString head = uR"({"type":"req","id":"big","op":"ping","args":{"pad":")"_s;
    const QString tail = u"\"}}"_s;
    return head + QString(bytes - head.size() - tail.size(), u'x') + tail;
}
} // namespace

class TestTransport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void malformedFrames_data();
    void malformedFrames();
    void unknownOp_data();
    void unknownOp();
    void wrongArgTypes_data();
    void wrongArgTypes();
    void binaryFrameClosesWith1003_data();
    void binaryFrameClosesWith1003();
    void oversizedMessageClosesWith1009_data();
    void oversizedMessageClosesWith1009();
    void responsesComeInRequestOrder();
    void silentClientIsClosed();
    void floodIsRateLimited();
    void rateLimitedRequestsChangeNothing();
};

void TestTransport::malformedFrames_data()
{
    QTest::addColumn<QString>("frame");
    QTest::addColumn<QJsonValue>("id");
    const QJsonValue null(QJsonValue::Null);
    const QJsonValue a(u"a"_s);
    QTest::newRow("not JSON") << uR"({"type":"req","id":"a",)"_s << null;
    QTest::newRow("plain text") << u"ping"_s << null;
    QTest::newRow("empty frame") << QString() << null;
    QTest::newRow("array") << uR"([{"type":"req","id":"a","op":"ping"}])"_s << null;
    QTest::newRow("string") << uR"("ping")"_s << null;
    QTest::newRow("number") << u"42"_s << null;
    QTest::newRow("true") << u"true"_s << null;
    QTest::newRow("null") << u"null"_s << null;
    QTest::newRow("no id") << uR"({"type":"req","op":"ping"})"_s << null;
    QTest::newRow("numeric id") << uR"({"type":"req","id":7,"op":"ping"})"_s << null;
    QTest::newRow("null id") << uR"({"type":"req","id":null,"op":"ping"})"_s << null;
    QTest::newRow("object id") << uR"({"type":"req","id":{"a":1},"op":"ping"})"_s << null;
    QTest::newRow("id of 65 chars") << request(QString(65, u'i'), u"ping"_s) << null;
    QTest::newRow("no id, no op") << u"{}"_s << null;
    QTest::newRow("no op") << uR"({"type":"req","id":"a"})"_s << null;
    QTest::newRow("numeric op") << uR"({"type":"req","id":"a","op":5})"_s << null;
    QTest::newRow("null op") << uR"({"type":"req","id":"a","op":null})"_s << null;
    QTest::newRow("array op") << uR"({"type":"req","id":"a","op":["ping"]})"_s << null;
    QTest::newRow("empty op") << uR"({"type":"req","id":"a","op":""})"_s << null;
    QTest::newRow("type res") << uR"({"type":"res","id":"a","op":"ping"})"_s << a;
    QTest::newRow("numeric type") << uR"({"type":1,"id":"a","op":"ping"})"_s << a;
    QTest::newRow("args an array") << uR"({"type":"req","id":"a","op":"ping","args":[]})"_s << a;
    QTest::newRow("args a string") << uR"({"type":"req","id":"a","op":"ping","args":"{}"})"_s << a;
    QTest::newRow("numeric requestId")
        << uR"({"type":"req","id":"a","op":"ping","requestId":9})"_s << a;
    QTest::newRow("requestId of 129 chars")
        << uR"({"type":"req","id":"a","op":"ping","requestId":"%1"})"_s.arg(QString(129, u'r'))
        << a;
}

void TestTransport::malformedFrames()
{
    QFETCH(QString, frame);
    QFETCH(QJsonValue, id);
    TestShop shop;
    WsProbe fresh(shop.server.url());
    QVERIFY(fresh.connectNow());
    // The same answer before hello and after; either way the connection stays usable.
    for (WsProbe *probe : {&fresh, shop.display.get()}) {
        RawResponses raw(*probe);
        probe->socket().sendTextMessage(frame);
        verifyErrorFrame(raw.first(), id, u"BAD_REQUEST"_s);
        if (QTest::currentTestFailed())
            return;
    }
    QVERIFY(fresh.hello(Role::Display, shop.displayToken).ok);
    for (WsProbe *probe : {&fresh, shop.display.get()}) {
        QVERIFY(probe->call(u"ping"_s).ok);
        QVERIFY(probe->isOpen());
    }
}

void TestTransport::unknownOp_data()
{
    QTest::addColumn<QString>("op");
    for (const QString &op : {u"order.brew"_s, u"HELLO"_s, u"Ping"_s, u"ping "_s, u"__proto__"_s,
                              u"order."_s, u"events.since.all"_s, QString(64, u'o')})
        QTest::newRow(qPrintable(op.left(20))) << op;
}

void TestTransport::unknownOp()
{
    QFETCH(QString, op);
    TestShop shop;
    RawResponses raw(*shop.admin);
    shop.admin->socket().sendTextMessage(request(u"u-1"_s, op));
    verifyErrorFrame(raw.first(), QJsonValue(u"u-1"_s), u"UNKNOWN_OP"_s);
    QVERIFY(shop.admin->call(u"ping"_s).ok);
}

void TestTransport::wrongArgTypes_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("op");
    QTest::addColumn<QString>("args");
    QTest::addColumn<QString>("field");
    const auto row = [](const char *role, const char *op, const char *args, const char *field) {
        QTest::addRow("%s %s", op, args) << QString::fromLatin1(role) << QString::fromLatin1(op)
                                         << QString::fromLatin1(args) << QString::fromLatin1(field);
    };
    const char *submit = R"("orderId":"o","orderToken":"t","drink":"Latte")";
    row("barista", "shop.setOpen", R"({"open":"yes"})", "args.open");
    row("barista", "shop.setOpen", R"({"open":1})", "args.open");
    row("barista", "shop.setOpen", R"({})", "args.open");
    row("barista", "menu.setAvailable", R"({"drink":"Latte","available":"false"})",
        "args.available");
    row("barista", "menu.setAvailable", R"({"drink":5,"available":false})", "args.drink");
    row("admin", "menu.set", R"({"menu":{}})", "args.menu");
    row("admin", "menu.set", R"({"menu":["Latte"]})", "args.menu[0]");
    row("admin", "settings.set", R"({"maxOrdersInQueue":"20"})", "args.maxOrdersInQueue");
    row("admin", "settings.set", R"({"maxOrdersInQueue":2.5})", "args.maxOrdersInQueue");
    row("admin", "settings.set", R"({"open":"yes"})", "args.open");
    row("admin", "settings.set", R"({"colour":"red"})", "args.colour");
    row("kiosk", "qr.redeem", R"({"code":5})", "args.code");
    row("kiosk", "qr.redeem", R"({"code":"c","customerName":[]})", "args.customerName");
    QTest::addRow("order.submit modifiers:\"Oat\"")
        << u"kiosk"_s << u"order.submit"_s
        << uR"({%1,"modifiers":"Oat"})"_s.arg(QLatin1StringView(submit)) << u"args.modifiers"_s;
    QTest::addRow("order.submit modifiers:[1]")
        << u"kiosk"_s << u"order.submit"_s
        << uR"({%1,"modifiers":[1]})"_s.arg(QLatin1StringView(submit)) << u"args.modifiers[0]"_s;
    row("kiosk", "order.submit", R"({"orderId":"o","orderToken":"t","drink":null})", "args.drink");
    row("kiosk", "order.get", R"({"orderId":"o","orderToken":5})", "args.orderToken");
    row("barista", "order.cancel", R"({"orderId":7})", "args.orderId");
    row("barista", "order.claim", R"({"orderId":[]})", "args.orderId");
    row("barista", "order.complete", R"({})", "args.orderId");
    row("display", "orders.list", R"({"states":["BREWING"]})", "args.states");
    row("display", "orders.list", R"({"states":"QUEUED"})", "args.states");
    row("display", "orders.list", R"({"limit":"10"})", "args.limit");
    row("display", "orders.list", R"({"limit":0})", "args.limit");
    row("display", "orders.list", R"({"limit":1.5})", "args.limit");
    row("admin", "events.since", R"({"seq":-1})", "args.seq");
    row("admin", "events.since", R"({"seq":"0"})", "args.seq");
    row("admin", "events.since", R"({"seq":0.5})", "args.seq");
    row("admin", "events.since", R"({"seq":0,"limit":0})", "args.limit");
    row("admin", "device.add", R"({"role":"chef","name":"c"})", "args.role");
    row("admin", "device.add", R"({"role":"kiosk","name":5})", "args.name");
    row("admin", "device.revoke", R"({"name":true})", "args.name");
}

void TestTransport::wrongArgTypes()
{
    QFETCH(QString, role);
    QFETCH(QString, op);
    QFETCH(QString, args);
    QFETCH(QString, field);
    TestShop shop;
    const QJsonObject before = fingerprint(*shop.admin);
    WsProbe &probe = probeOf(shop, *roleFromName(role));
    RawResponses raw(probe);
    probe.socket().sendTextMessage(request(u"w-1"_s, op, args));
    const QJsonObject res = raw.first();
    verifyErrorFrame(res, QJsonValue(u"w-1"_s), u"BAD_REQUEST"_s);
    const QString message = res.value(u"error"_s)[u"message"_s].toString();
    QVERIFY2(message.startsWith(field + u':'), qPrintable(message));
    QCOMPARE(fingerprint(*shop.admin), before);
}

void TestTransport::binaryFrameClosesWith1003_data()
{
    QTest::addColumn<bool>("afterHello");
    QTest::newRow("before hello") << false;
    QTest::newRow("after hello") << true;
}

void TestTransport::binaryFrameClosesWith1003()
{
    QFETCH(bool, afterHello);
    TestShop shop;
    WsProbe probe(shop.server.url());
    QVERIFY(probe.connectNow());
    if (afterHello)
        QVERIFY(probe.hello(Role::Display, shop.displayToken).ok);
    probe.socket().sendBinaryMessage(request(u"b-1"_s, u"ping"_s).toUtf8());
    QVERIFY(probe.waitForClose());
    QCOMPARE(probe.closeCode(), QWebSocketProtocol::CloseCodeDatatypeNotSupported);
    QVERIFY(shop.display->call(u"ping"_s).ok);
}

void TestTransport::oversizedMessageClosesWith1009_data()
{
    QTest::addColumn<int>("bytes");
    QTest::addColumn<int>("frameBytes"); // the client's outgoing frame size; 0 leaves Qt's default
    QTest::addColumn<bool>("refused");
    QTest::newRow("exactly 64 KiB in one frame") << 64 * 1024 << 0 << false;
    QTest::newRow("exactly 64 KiB in 8 KiB frames") << 64 * 1024 << 8 * 1024 << false;
    QTest::newRow("64 KiB + 1 in one frame") << 64 * 1024 + 1 << 0 << true;
    QTest::newRow("64 KiB + 1 in 8 KiB frames") << 64 * 1024 + 1 << 8 * 1024 << true;
    QTest::newRow("1 MiB in one frame") << 1024 * 1024 << 0 << true;
    QTest::newRow("1 MiB in 16 KiB frames") << 1024 * 1024 << 16 * 1024 << true;
}

void TestTransport::oversizedMessageClosesWith1009()
{
    QFETCH(int, bytes);
    QFETCH(int, frameBytes);
    QFETCH(bool, refused);
    TestShop shop;
    WsProbe &probe = *shop.display;
    if (frameBytes > 0)
        probe.socket().setOutgoingFrameSize(frameBytes);
    const QString frame = paddedPing(bytes);
    QCOMPARE(frame.toUtf8().size(), bytes);
    RawResponses raw(probe);
    probe.socket().sendTextMessage(frame);
    if (!refused) {
        const QJsonObject res = raw.first();
        QCOMPARE(res.value(u"id"_s).toString(), u"big"_s);
        QCOMPARE(res.value(u"ok"_s), QJsonValue(true));
        return;
    }
    QVERIFY(probe.waitForClose());
    QCOMPARE(probe.closeCode(), QWebSocketProtocol::CloseCodeTooMuchData);
    QVERIFY(raw.wait(1, 0).isEmpty());
    QVERIFY(shop.barista->call(u"ping"_s).ok);
}

void TestTransport::responsesComeInRequestOrder()
{
    TestShop shop;
    TestShop::Redeemed red;
    shop.placeOrder(*shop.kiosk, &red);
    const QJsonValue null(QJsonValue::Null);
    const QString longId(64, u'L');
    const QList<std::pair<QString, QJsonValue>> sent{
        {request(u"r-1"_s, u"ping"_s), u"r-1"_s},
        {request(u"r-2"_s, u"config.get"_s), u"r-2"_s},
        {u"not json"_s, null},
        {request(u"r-3"_s, u"orders.list"_s), u"r-3"_s},
        {request(u"r-4"_s, u"no.such.op"_s), u"r-4"_s},
        {request(u"r-5"_s, u"events.since"_s, uR"({"seq":0})"_s), u"r-5"_s},
        {request(u"r-6"_s, u"order.claim"_s, uR"({"orderId":"%1"})"_s.arg(red.orderId)), u"r-6"_s},
        {uR"({"op":"ping"})"_s, null},
        {request(u"r-7"_s, u"order.claim"_s, uR"({"orderId":"%1"})"_s.arg(red.orderId)), u"r-7"_s},
        {request(u"r-8"_s, u"stats.get"_s), u"r-8"_s},
        {request(u"r-9"_s, u"order.get"_s, uR"({"orderId":"missing"})"_s), u"r-9"_s},
        {request(u"r-10"_s, u"shop.setOpen"_s, uR"({"open":"no"})"_s), u"r-10"_s},
        {request(longId, u"ping"_s), longId},
        {request(u"r-11"_s, u"order.complete"_s, uR"({"orderId":"%1"})"_s.arg(red.orderId)),
         u"r-11"_s},
        {request(u"r-12"_s, u"qr.current"_s), u"r-12"_s},
    };
    RawResponses raw(*shop.barista);
    for (int round = 0; round < 2; ++round) {
        for (const auto &[frame, id] : sent)
            shop.barista->socket().sendTextMessage(frame);
    }
    const QList<QJsonObject> got = raw.wait(int(sent.size()) * 2);
    QCOMPARE(got.size(), sent.size() * 2);
    for (qsizetype i = 0; i < got.size(); ++i)
        QCOMPARE(got.at(i).value(u"id"_s), sent.at(i % sent.size()).second);
    // The order is also the order of execution: the first claim won, the second conflicted.
    QCOMPARE(got.at(6).value(u"ok"_s), QJsonValue(true));
    QCOMPARE(got.at(8).value(u"error"_s)[u"code"_s].toString(), u"CONFLICT"_s);
    QCOMPARE(got.at(13).value(u"ok"_s), QJsonValue(true));
    QCOMPARE(got.at(13 + sent.size()).value(u"error"_s)[u"code"_s].toString(), u"CONFLICT"_s);
}

void TestTransport::silentClientIsClosed()
{
    constexpr int kTimeoutMs = 300;
    TestServer quick(TestServer::kStart, kTimeoutMs);
    TestServer normal;
    const QString token = quick.addDevice(Role::Display, u"display-1"_s);
    WsProbe silent(quick.url()), chatty(quick.url()), greeted(quick.url()),
        silentOnDefault(normal.url());
    QElapsedTimer elapsed;
    elapsed.start();
    for (WsProbe *p : {&silent, &chatty, &greeted, &silentOnDefault})
        QVERIFY(p->connectNow());
    QVERIFY(greeted.hello(Role::Display, token).ok);
    // Requests other than hello do not keep a connection alive.
    QCOMPARE(chatty.call(u"ping"_s).error.code, ErrorCode::Unauthenticated);

    QVERIFY(silent.waitForClose());
    QVERIFY(elapsed.elapsed() >= kTimeoutMs - 50);
    QCOMPARE(silent.closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);
    QVERIFY(chatty.waitForClose());
    QCOMPARE(chatty.closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);
    QTRY_COMPARE(quick.server().sessionCount(), 1);
    QVERIFY(greeted.call(u"ping"_s).ok);
    // The default is protocol.md's 10 s: a silent client of a default server is still there.
    QCOMPARE(PressoServer::Options{}.helloTimeoutMs, 10'000);
    QVERIFY(silentOnDefault.isOpen());
    // Held by the accept thread until it says something.
    QCOMPARE(normal.server().waitingForHelloCount(), 1);
}

void TestTransport::floodIsRateLimited()
{
    constexpr int kFlood = 300;
    constexpr int kLimit = 50;
    TestShop shop;
    RawResponses raw(*shop.display);
    // The window is one second of the server's clock: this one starts empty, and the
    // clock stands still while the display floods.
    shop.server.clock().advance(1000);
    for (int i = 0; i < kFlood; ++i)
        shop.display->socket().sendTextMessage(
            request(u"f-%1"_s.arg(i), i % 2 ? u"ping"_s : u"orders.list"_s));
    // Other clients keep being served while the display floods.
    QVERIFY(shop.barista->call(u"ping"_s).ok);
    QVERIFY(shop.kiosk->call(u"config.get"_s).ok);
    const QList<QJsonObject> got = raw.wait(kFlood, 30'000);
    QCOMPARE(got.size(), kFlood);
    int served = 0;
    for (int i = 0; i < kFlood; ++i) {
        const QJsonObject &res = got.at(i);
        QCOMPARE(res.value(u"id"_s).toString(), u"f-%1"_s.arg(i));
        if (res.value(u"ok"_s).toBool())
            ++served;
        else
            QCOMPARE(res.value(u"error"_s)[u"code"_s].toString(), u"RATE_LIMITED"_s);
    }
    // Exactly the limit in that second: the first ones, in order.
    QCOMPARE(served, kLimit);
    for (int i = 0; i < kLimit; ++i)
        QCOMPARE(got.at(i).value(u"ok"_s), QJsonValue(true));
    QVERIFY(shop.barista->call(u"ping"_s).ok);
    // An admin connection has far more room.
    RawResponses adminRaw(*shop.admin);
    for (int i = 0; i < kFlood; ++i)
        shop.admin->socket().sendTextMessage(request(u"a-%1"_s.arg(i), u"ping"_s));
    const QList<QJsonObject> adminGot = adminRaw.wait(kFlood, 30'000);
    QCOMPARE(adminGot.size(), kFlood);
    for (const QJsonObject &res : adminGot)
        QCOMPARE(res.value(u"ok"_s), QJsonValue(true));
    // Still within the second, the display is refused; once it is over, served again.
    QCOMPARE(shop.display->call(u"ping"_s).error.code, ErrorCode::RateLimited);
    shop.server.clock().advance(999);
    QCOMPARE(shop.display->call(u"ping"_s).error.code, ErrorCode::RateLimited);
    shop.server.clock().advance(1);
    QVERIFY(shop.display->call(u"ping"_s).ok);
}

void TestTransport::rateLimitedRequestsChangeNothing()
{
    constexpr int kFlood = 150;
    TestShop shop;
    const qint64 eventsBefore =
        shop.admin->call(u"events.since"_s, {{u"seq"_s, 0}, {u"limit"_s, 5000}})
            .result.value(u"events"_s)
            .toArray()
            .size();
    RawResponses raw(*shop.barista);
    for (int i = 0; i < kFlood; ++i) {
        shop.barista->socket().sendTextMessage(
            request(u"s-%1"_s.arg(i), u"shop.setOpen"_s,
                    i % 2 ? u"{\"open\":true}"_s : u"{\"open\":false}"_s));
    }
    const QList<QJsonObject> got = raw.wait(kFlood, 60'000);
    QCOMPARE(got.size(), kFlood);
    // Replay what was accepted: each accepted change of state is one ConfigChanged event.
    bool open = true;
    int changes = 0;
    int limited = 0;
    for (int i = 0; i < kFlood; ++i) {
        if (!got.at(i).value(u"ok"_s).toBool()) {
            QCOMPARE(got.at(i).value(u"error"_s)[u"code"_s].toString(), u"RATE_LIMITED"_s);
            ++limited;
            continue;
        }
        const bool wanted = i % 2;
        changes += wanted != open;
        open = wanted;
        QCOMPARE(got.at(i).value(u"result"_s)[u"shop"_s][u"open"_s].toBool(), open);
    }
    QVERIFY(limited > 0);
    QCOMPARE(shop.server.services().config.shop().open, open);
    const QJsonArray events =
        shop.admin->call(u"events.since"_s, {{u"seq"_s, 0}, {u"limit"_s, 5000}})
            .result.value(u"events"_s)
            .toArray();
    QCOMPARE(events.size() - eventsBefore, changes);
}

QTEST_GUILESS_MAIN(TestTransport)
#include "tst_transport.moc"

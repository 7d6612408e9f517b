// The BAD_REQUEST answers to malformed frames and args: the message names the field, and
// the response echoes the request's id only when it could be read.

#include "../codecsupport.h"

#include "frames.h"
#include "ops.h"

#include <QTest>

using namespace presso;
using namespace presso::samples;
using namespace presso::testing;

namespace {

QString repeated(char c, qsizetype n)
{
    return QString(n, QLatin1Char(c));
}

// A valid request padded to exactly size bytes.
QByteArray requestOfSize(qsizetype size)
{
    const QByteArray head = R"({"type":"req","id":"c-1","op":"ping","args":{"pad":")";
    const QByteArray tail = R"("}})";
    return head + QByteArray(size - head.size() - tail.size(), 'x') + tail;
}

} // namespace

class TestBadFrames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void notJson_data();
    void notJson();
    void malformedRequest_data();
    void malformedRequest();
    void frameSizeLimit();
    void badArgs_data();
    void badArgs();
    void malformedServerFrame_data();
    void malformedServerFrame();
    void unknownOrderStateInFrames_data();
    void unknownOrderStateInFrames();
    void malformedOrder_data();
    void malformedOrder();
    void malformedMenu_data();
    void malformedMenu();
    void malformedQr_data();
    void malformedQr();
};

void TestBadFrames::notJson_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::addRow("truncated") << QByteArray(R"({"type":"req","id":"c-1","op":)");
    QTest::addRow("trailing garbage") << QByteArray(R"({"type":"req","id":"c-1","op":"ping"}x)");
    QTest::addRow("two objects") << QByteArray(
        R"({"id":"c-1","op":"ping"}{"id":"c-2","op":"ping"})");
    QTest::addRow("empty") << QByteArray();
    QTest::addRow("single quotes") << QByteArray(R"({'id':'c-1','op':'ping'})");
    QTest::addRow("invalid UTF-8") << QByteArray("{\"id\":\"c-\xff\xfe\",\"op\":\"ping\"}");
}

void TestBadFrames::notJson()
{
    QFETCH(QByteArray, frame);
    QJsonValue echo = QStringLiteral("unset");
    const auto got = decodeRequest(frame, &echo);
    QVERIFY(!got.ok());
    QCOMPARE(got.error().code, ErrorCode::BadRequest);
    QVERIFY2(got.error().message.startsWith(QLatin1String("not valid JSON: ")),
             qPrintable(got.error().message));
    QCOMPARE(echo, QJsonValue(QJsonValue::Null));
    QCOMPARE(decodeServerFrame(frame).error().code, ErrorCode::BadRequest);
}

void TestBadFrames::malformedRequest_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QJsonValue>("echo");
    const QJsonValue null(QJsonValue::Null);
    const QJsonValue c1(QStringLiteral("c-1"));
    auto row = [](const char *name, const QByteArray &frame, const QString &message,
                  const QJsonValue &echo) {
        QTest::addRow("%s", name) << frame << message << echo;
    };
    const QString notObject = QStringLiteral("a frame must be a JSON object, got ");
    row("array", R"([{"type":"req","id":"c-1","op":"ping"}])", notObject + "an array", null);
    row("string", R"("ping")", notObject + "a string", null);
    row("number", "42", notObject + "a number", null);
    row("null", "null", notObject + "null", null);
    row("boolean", "true", notObject + "a boolean", null);
    row("id missing", R"({"type":"req","op":"ping","args":{}})", "id: is required", null);
    row("id number", R"({"type":"req","id":17,"op":"ping"})", "id: expected a string, got a number",
        null);
    row("id null", R"({"type":"req","id":null,"op":"ping"})", "id: is required", null);
    row("id object", R"({"type":"req","id":{"n":1},"op":"ping"})",
        "id: expected a string, got an object", null);
    row("id array", R"({"type":"req","id":["c-1"],"op":"ping"})",
        "id: expected a string, got an array", null);
    row("id 65 chars",
        QByteArray(R"({"type":"req","op":"ping","id":")") + QByteArray(65, 'a') + R"("})",
        "id: longer than 64 characters", null);
    row("op missing", R"({"type":"req","id":"c-1","args":{}})", "op: is required", null);
    row("op number", R"({"type":"req","id":"c-1","op":7})", "op: expected a string, got a number",
        null);
    row("op null", R"({"type":"req","id":"c-1","op":null})", "op: is required", null);
    row("op object", R"({"type":"req","id":"c-1","op":{"name":"ping"}})",
        "op: expected a string, got an object", null);
    row("op empty", R"({"type":"req","id":"c-1","op":""})", "op: must not be empty", null);
    row("type res", R"({"type":"res","id":"c-1","op":"ping"})", R"(type: expected "req")", c1);
    row("type event", R"({"type":"event","id":"c-1","op":"ping"})", R"(type: expected "req")", c1);
    row("type number", R"({"type":1,"id":"c-1","op":"ping"})",
        "type: expected a string, got a number", c1);
    row("args array", R"({"type":"req","id":"c-1","op":"ping","args":[]})",
        "args: expected an object, got an array", c1);
    row("args string", R"({"type":"req","id":"c-1","op":"ping","args":"{}"})",
        "args: expected an object, got a string", c1);
    row("args number", R"({"type":"req","id":"c-1","op":"ping","args":0})",
        "args: expected an object, got a number", c1);
    row("requestId number", R"({"type":"req","id":"c-1","op":"ping","requestId":9})",
        "requestId: expected a string, got a number", c1);
    row("requestId 129 chars",
        QByteArray(R"({"type":"req","id":"c-1","op":"ping","requestId":")") + QByteArray(129, 'k') +
            R"("})",
        "requestId: longer than 128 characters", c1);
    row("oversized", requestOfSize(limits::kMaxFrameBytes + 1), "frame is larger than 64 KiB",
        null);
}

void TestBadFrames::malformedRequest()
{
    QFETCH(QByteArray, frame);
    QFETCH(QString, message);
    QFETCH(QJsonValue, echo);
    QJsonValue gotEcho = QStringLiteral("unset");
    const auto got = decodeRequest(frame, &gotEcho);
    QVERIFY(!got.ok());
    QCOMPARE(got.error().code, ErrorCode::BadRequest);
    QCOMPARE(got.error().message, message);
    QCOMPARE(gotEcho, echo);

    // The answer as it goes on the wire.
    const QJsonObject wire = Response::failure(gotEcho, got.error(), kNow).toJson();
    QCOMPARE(wire.value(QStringLiteral("id")), echo);
    QCOMPARE(wire.value(QStringLiteral("ok")), QJsonValue(false));
    QCOMPARE(
        wire.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
        QStringLiteral("BAD_REQUEST"));
}

void TestBadFrames::frameSizeLimit()
{
    const QByteArray largest = requestOfSize(64 * 1024);
    QCOMPARE(largest.size(), 65536);
    const auto got = decodeRequest(largest);
    QVERIFY2(got.ok(), qPrintable(errorOf(got)));

    const QByteArray longestId = QByteArray(64, 'i');
    const auto idOk = decodeRequest(R"({"type":"req","op":"ping","id":")" + longestId + R"("})");
    QVERIFY2(idOk.ok(), qPrintable(errorOf(idOk)));
    QCOMPARE(idOk->id, QString::fromLatin1(longestId));

    const QByteArray bigEvent = encodeFrame(EventFrame{
        7,
        Event{QStringLiteral("e"),
              EventType::ConfigChanged,
              kNow,
              {{"pad", repeated('x', 70'000)}}}}.toJson());
    // The server may send more than a client may: a busy snapshot is large.
    QVERIFY(decodeServerFrame(bigEvent).ok());
    const QByteArray hugeEvent = encodeFrame(EventFrame{
        8,
        Event{QStringLiteral("e"),
              EventType::ConfigChanged,
              kNow,
              {{"pad", repeated('x', 17 * 1024 * 1024)}}}}.toJson());
    QCOMPARE(decodeServerFrame(hugeEvent).error(),
             badRequest(QStringLiteral("frame is larger than 16384 KiB")));
}

void TestBadFrames::badArgs_data()
{
    QTest::addColumn<QString>("op");
    QTest::addColumn<QJsonObject>("args");
    QTest::addColumn<QString>("message");
    const QJsonObject hello{{"protocol", 1}, {"role", "kiosk"}, {"token", "dt_x"}};
    const QJsonObject submit{{"orderId", "o-1"}, {"orderToken", "ot_x"}, {"drink", "Latte"}};
    auto row = [](const char *name, const char *op, const QJsonObject &args, const char *message) {
        QTest::addRow("%s", name) << QString::fromLatin1(op) << args << QString::fromUtf8(message);
    };
    const QString seqRange = QStringLiteral("must be between 0 and %1").arg(qint64(1) << 52);
    row("open yes", "shop.setOpen", {{"open", "yes"}},
        "args.open: expected a boolean, got a string");
    row("open 1", "shop.setOpen", {{"open", 1}}, "args.open: expected a boolean, got a number");
    row("open missing", "shop.setOpen", {}, "args.open: is required");
    row("modifiers string", "order.submit", with(submit, "modifiers", "Oat"),
        "args.modifiers: expected an array, got a string");
    row("modifiers [1]", "order.submit", with(submit, "modifiers", QJsonArray{1}),
        "args.modifiers[0]: expected a string, got a number");
    row("modifiers [Oat, null]", "order.submit",
        with(submit, "modifiers", QJsonArray{"Oat", QJsonValue::Null}),
        "args.modifiers[1]: expected a string, got null");
    row("11 modifiers", "order.submit",
        with(submit, "modifiers",
             QJsonArray{"a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k"}),
        "args.modifiers: more than 10 items");
    row("orderToken missing", "order.submit", with(submit, "orderToken", QJsonValue::Undefined),
        "args.orderToken: is required");
    row("drink number", "order.submit", with(submit, "drink", 3),
        "args.drink: expected a string, got a number");
    row("customerName array", "order.submit", with(submit, "customerName", QJsonArray{"Ana"}),
        "args.customerName: expected a string, got an array");
    row("protocol string", "hello", with(hello, "protocol", "1"),
        "args.protocol: expected an integer, got a string");
    row("protocol 1.0e-1", "hello", with(hello, "protocol", 0.1),
        "args.protocol: expected an integer, got a number");
    // token is optional here (a customer has none); a device's hello without one is
    // refused by the server (tst_access).
    row("customerToken number", "hello", with(hello, "customerToken", 7),
        "args.customerToken: expected a string, got a number");
    row("shop number", "hello", with(hello, "shop", 1), "args.shop: expected a string, got a number");
    row("role number", "hello", with(hello, "role", 2),
        "args.role: expected a string, got a number");
    row("resumeFrom -1", "hello", with(hello, "resumeFrom", -1),
        qPrintable("args.resumeFrom: " + seqRange));
    row("resumeFrom 1.5", "hello", with(hello, "resumeFrom", 1.5),
        "args.resumeFrom: expected an integer, got a number");
    row("resumeFrom string", "hello", with(hello, "resumeFrom", "12"),
        "args.resumeFrom: expected an integer, got a string");
    row("available string", "menu.setAvailable", {{"drink", "Latte"}, {"available", "false"}},
        "args.available: expected a boolean, got a string");
    row("drink missing", "menu.setAvailable", {{"available", true}}, "args.drink: is required");
    row("menu object", "menu.set", {{"menu", QJsonObject{}}},
        "args.menu: expected an array, got an object");
    row("code number", "qr.redeem", {{"code", 12345}},
        "args.code: expected a string, got a number");
    row("orderId number", "order.claim", {{"orderId", 17}},
        "args.orderId: expected a string, got a number");
    row("orderId 65 chars", "order.complete", {{"orderId", repeated('o', 65)}},
        "args.orderId: longer than 64 characters");
    row("orderToken number", "order.cancel", {{"orderId", "o-1"}, {"orderToken", 5}},
        "args.orderToken: expected a string, got a number");
    row("states string", "orders.list", {{"states", "QUEUED"}},
        "args.states: expected an array, got a string");
    row("limit string", "orders.list", {{"limit", "10"}},
        "args.limit: expected an integer, got a string");
    row("seq missing", "events.since", {{"limit", 10}}, "args.seq: is required");
    row("seq -5", "events.since", {{"seq", -5}}, qPrintable("args.seq: " + seqRange));
    row("device name 65 chars", "device.add", {{"role", "kiosk"}, {"name", repeated('n', 65)}},
        "args.name: longer than 64 characters");
    row("revoke name null", "device.revoke", {{"name", QJsonValue::Null}},
        "args.name: is required");
}

void TestBadFrames::badArgs()
{
    QFETCH(QString, op);
    QFETCH(QJsonObject, args);
    QFETCH(QString, message);
    const Request sent{QStringLiteral("c-9"), op, args, {}};
    const auto got = decodeRequest(encodeFrame(sent.toJson()));
    QVERIFY2(got.ok(), qPrintable(errorOf(got)));
    const OpSpec *spec = findOp(op);
    QVERIFY(spec);
    const auto valid = validateArgs(*spec, got->args);
    QVERIFY(!valid.ok());
    QCOMPARE(valid.error().code, ErrorCode::BadRequest);
    QCOMPARE(valid.error().message, message);
}

void TestBadFrames::malformedServerFrame_data()
{
    QTest::addColumn<QJsonObject>("frame");
    QTest::addColumn<QString>("message");
    const QJsonObject event =
        EventFrame{1234, orderEvent(EventType::OrderCompleted, completedOrder(), kNow)}.toJson();
    const QJsonObject response = Response::success(QStringLiteral("c-1"), {}, kNow).toJson();
    auto withEvent = [&](const char *key, const QJsonValue &v) {
        return with(event, "event", with(event.value(QStringLiteral("event")).toObject(), key, v));
    };
    auto row = [](const char *name, const QJsonObject &frame, const QString &message) {
        QTest::addRow("%s", name) << frame << message;
    };
    row("type missing", with(event, "type", QJsonValue::Undefined), "type: is required");
    row("type evt", with(event, "type", "evt"), R"(type: unknown frame type "evt")");
    row("type req", with(response, "type", "req"), R"(type: unknown frame type "req")");
    row("type number", with(event, "type", 2), "type: expected a string, got a number");
    row("unknown detail-type", withEvent("detail-type", "OrderManager.OrderComplete"),
        R"(event.detail-type: unknown detail-type "OrderManager.OrderComplete")");
    row("detail-type case", withEvent("detail-type", "validator.newcode"),
        R"(event.detail-type: unknown detail-type "validator.newcode")");
    row("detail-type missing", withEvent("detail-type", QJsonValue::Undefined),
        "event.detail-type: is required");
    row("event time without Z", withEvent("time", "2026-11-22T21:42:33.123"),
        "event.time" + kBadTime);
    row("event time with space", withEvent("time", "2026-11-22 21:42:33.123Z"),
        "event.time" + kBadTime);
    row("event time date only", withEvent("time", "2026-11-22"), "event.time" + kBadTime);
    row("event time month 13", withEvent("time", "2026-13-22T21:42:33.123Z"),
        "event.time" + kBadTime);
    row("event time number", withEvent("time", 1795383753123.0),
        "event.time: expected a string, got a number");
    row("detail missing", withEvent("detail", QJsonValue::Undefined), "event.detail: is required");
    row("detail array", withEvent("detail", QJsonArray{}),
        "event.detail: expected an object, got an array");
    row("version 2", withEvent("version", "2"), R"(event.version: unsupported version "2")");
    row("source aws", withEvent("source", "aws.events"),
        R"(event.source: unknown source "aws.events")");
    row("event id missing", withEvent("id", QJsonValue::Undefined), "event.id: is required");
    row("event not object", with(event, "event", "OrderCompleted"),
        "event: expected an object, got a string");
    row("seq 0", with(event, "seq", 0),
        QStringLiteral("seq: must be between 1 and %1").arg(qint64(1) << 52));
    row("seq 1.5", with(event, "seq", 1.5), "seq: expected an integer, got a number");
    row("seq string", with(event, "seq", "1234"), "seq: expected an integer, got a string");
    row("serverTime bad", with(response, "serverTime", "22.11.2026 21:42"),
        "serverTime" + kBadTime);
    row("serverTime missing", with(response, "serverTime", QJsonValue::Undefined),
        "serverTime: is required");
    row("ok missing", with(response, "ok", QJsonValue::Undefined), "ok: is required");
    row("ok string", with(response, "ok", "true"), "ok: expected a boolean, got a string");
    row("response id number", with(response, "id", 17),
        "id: expected a string or null, got a number");
    row("result array", with(response, "result", QJsonArray{}),
        "result: expected an object, got an array");
    row("error missing", with(with(response, "ok", false), "result", QJsonValue::Undefined),
        "error.code: is required");
    row("error code number", with(with(response, "ok", false), "error", QJsonObject{{"code", 400}}),
        "error.code: expected a string, got a number");
}

void TestBadFrames::malformedServerFrame()
{
    QFETCH(QJsonObject, frame);
    QFETCH(QString, message);
    const auto got = decodeServerFrame(encodeFrame(frame));
    QVERIFY(!got.ok());
    QCOMPARE(got.error().code, ErrorCode::BadRequest);
    QCOMPARE(got.error().message, message);
}

void TestBadFrames::unknownOrderStateInFrames_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<QString>("path");
    QJsonObject brewing = queuedOrder().toJson();
    brewing.insert(QStringLiteral("state"), QStringLiteral("BREWING"));
    Event event = orderEvent(EventType::MakeOrder, queuedOrder(), kNow);
    event.detail.insert(QStringLiteral("order"), brewing);
    QTest::addRow("event") << encodeFrame(EventFrame{99, event}.toJson())
                           << QStringLiteral("event.detail");
    QTest::addRow("response")
        << encodeFrame(
               Response::success(QStringLiteral("c-4"), {{"order", brewing}}, kNow).toJson())
        << QStringLiteral("result");
    QTest::addRow("orders.list response")
        << encodeFrame(
               Response::success(QStringLiteral("c-5"),
                                 {{"orders", QJsonArray{completedOrder().toJson(), brewing}}}, kNow)
                   .toJson())
        << QStringLiteral("result");
}

void TestBadFrames::unknownOrderStateInFrames()
{
    QFETCH(QByteArray, frame);
    QFETCH(QString, path);
    // The envelope is sound; the order inside it is what the client must refuse.
    const auto decoded = decodeServerFrame(frame);
    QVERIFY2(decoded.ok(), qPrintable(errorOf(decoded)));
    const QJsonObject body = std::holds_alternative<EventFrame>(*decoded)
                                 ? std::get<EventFrame>(*decoded).event.detail
                                 : std::get<Response>(*decoded).result;
    const auto models = decodeModels(body, path);
    QVERIFY(!models.ok());
    QCOMPARE(models.error().code, ErrorCode::BadRequest);
    const QString where = body.contains(QStringLiteral("orders"))
                              ? path + QStringLiteral(".orders[1]")
                              : path + QStringLiteral(".order");
    QCOMPARE(models.error().message, where + QStringLiteral(R"(.state: unknown state "BREWING")"));
}

void TestBadFrames::malformedOrder_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<QString>("message");
    const QJsonObject order = queuedOrder().toJson();
    auto row = [&](const char *name, const char *key, const QJsonValue &v, const QString &message) {
        QTest::addRow("%s", name) << with(order, key, v) << message;
    };
    row("state BREWING", "state", "BREWING", R"(order.state: unknown state "BREWING")");
    row("state lower case", "state", "queued", R"(order.state: unknown state "queued")");
    row("state missing", "state", QJsonValue::Undefined, "order.state: is required");
    row("state number", "state", 1, "order.state: expected a string, got a number");
    row("id missing", "id", QJsonValue::Undefined, "order.id: is required");
    row("id empty", "id", "", "order.id: must not be empty");
    row("number 0", "number", 0, "order.number: must be between 1 and 1000000");
    row("number string", "number", "17", "order.number: expected an integer, got a string");
    row("number 1.5", "number", 1.5, "order.number: expected an integer, got a number");
    row("createdAt missing", "createdAt", QJsonValue::Undefined, "order.createdAt: is required");
    row("createdAt without Z", "createdAt", "2026-11-22T21:39:33.123",
        "order.createdAt" + kBadTime);
    row("deadline millis", "deadline", 1795383753123.0,
        "order.deadline: expected a string, got a number");
    row("claimedAt bad date", "claimedAt", "2026-11-31T10:00:00.000Z",
        "order.claimedAt" + kBadTime);
    row("modifiers string", "modifiers", "Oat", "order.modifiers: expected an array, got a string");
    row("modifiers [1]", "modifiers", QJsonArray{1},
        "order.modifiers[0]: expected a string, got a number");
    row("reason unknown", "reason", "bored", R"(order.reason: unknown reason "bored")");
    row("customerName 21 chars", "customerName", QString(21, QLatin1Char('n')),
        "order.customerName: longer than 20 characters");
    row("baristaId number", "baristaId", 3, "order.baristaId: expected a string, got a number");
}

void TestBadFrames::malformedOrder()
{
    QFETCH(QJsonObject, json);
    QFETCH(QString, message);
    const auto order = Order::fromJson(json);
    QVERIFY(!order.ok());
    QCOMPARE(order.error(), badRequest(message));
}

void TestBadFrames::malformedMenu_data()
{
    QTest::addColumn<QJsonArray>("json");
    QTest::addColumn<QString>("message");
    auto row = [](const char *name, const char *json, const char *message) {
        const QJsonArray array = parseArray(json);
        QVERIFY2(!array.isEmpty(), json);
        QTest::addRow("%s", name) << array << QString::fromUtf8(message);
    };
    row("duplicate drink",
        R"([{"drink":"Latte","icon":"a"},{"drink":"Espresso","icon":"b"},{"drink":"Latte","icon":"c"}])",
        R"(args.menu[2].drink: "Latte" appears twice)");
    row("duplicate after trimming",
        R"([{"drink":"Latte","icon":"a"},{"drink":" Latte ","icon":"b"}])",
        R"(args.menu[1].drink: "Latte" appears twice)");
    row("empty option group",
        R"([{"drink":"Latte","icon":"a","modifiers":[{"name":"Milk","options":[]}]}])",
        "args.menu[0].modifiers[0].options: a group needs at least one option");
    row("group without options", R"([{"drink":"Latte","icon":"a","modifiers":[{"name":"Milk"}]}])",
        "args.menu[0].modifiers[0].options: is required");
    row("group without name",
        R"([{"drink":"Latte","icon":"a","modifiers":[{"name":"","options":["Oat"]}]}])",
        "args.menu[0].modifiers[0].name: must not be empty");
    row("group a string", R"([{"drink":"Latte","icon":"a","modifiers":["Milk"]}])",
        "args.menu[0].modifiers[0]: expected an object, got a string");
    row("option a number",
        R"([{"drink":"Latte","icon":"a","modifiers":[{"name":"Milk","options":["Oat",2]}]}])",
        "args.menu[0].modifiers[0].options[1]: expected a string, got a number");
    row("modifiers an object", R"([{"drink":"Latte","icon":"a","modifiers":{"name":"Milk"}}])",
        "args.menu[0].modifiers: expected an array, got an object");
    row("empty drink", R"([{"drink":"","icon":"a"}])", "args.menu[0].drink: must not be empty");
    row("blank drink", R"([{"drink":"   ","icon":"a"}])", "args.menu[0].drink: must not be empty");
    row("drink missing", R"([{"icon":"a"}])", "args.menu[0].drink: is required");
    row("drink 41 chars", R"([{"drink":"Extraordinarily Long Caramel Macchiato XL","icon":"a"}])",
        "args.menu[0].drink: longer than 40 characters");
    row("icon missing", R"([{"drink":"Latte"}])", "args.menu[0].icon: is required");
    row("available yes", R"([{"drink":"Latte","icon":"a","available":"yes"}])",
        "args.menu[0].available: expected a boolean, got a string");
    row("item a string", R"([{"drink":"Latte","icon":"a"},"Mocha"])",
        "args.menu[1]: expected an object, got a string");

    QJsonArray tooMany;
    for (int i = 0; i < 101; ++i)
        tooMany.append(
            MenuItem{QStringLiteral("Drink %1").arg(i), QStringLiteral("cup"), true, {}, {}}.toJson());
    QTest::addRow("101 drinks") << tooMany << QStringLiteral("args.menu: more than 100 drinks");
}

void TestBadFrames::malformedMenu()
{
    QFETCH(QJsonArray, json);
    QFETCH(QString, message);
    const auto m = Menu::fromJson(json, QStringLiteral("args.menu"));
    QVERIFY(!m.ok());
    QCOMPARE(m.error(), badRequest(message));
}

void TestBadFrames::malformedQr_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<QString>("message");
    const QJsonObject json = qr().toJson();
    auto row = [&](const char *name, const char *key, const QJsonValue &v, const QString &message) {
        QTest::addRow("%s", name) << with(json, key, v) << message;
    };
    const QString notWellFormed = QStringLiteral("qr.code: not a well-formed code");
    row("code with bang", "code", "AbC_12-xy!", notWellFormed);
    row("code with space", "code", "AbC 12-xyZ", notWellFormed);
    row("code 9 chars", "code", "AbC_12-xy", notWellFormed);
    row("code empty", "code", "", notWellFormed);
    row("code 11 chars", "code", "AbC_12-xyZ0", "qr.code: longer than 10 characters");
    row("code number", "code", 1234567890, "qr.code: expected a string, got a number");
    row("code missing", "code", QJsonValue::Undefined, "qr.code: is required");
    row("bucket negative", "bucket", -1,
        QStringLiteral("qr.bucket: must be between 0 and %1").arg(qint64(1) << 50));
    row("bucket string", "bucket", "5984612", "qr.bucket: expected an integer, got a string");
    row("startsAt without ms", "startsAt", "2026-11-22T21:40:00Z", "qr.startsAt" + kBadTime);
    row("endsAt missing", "endsAt", QJsonValue::Undefined, "qr.endsAt: is required");
    row("tokensLeft string", "tokensLeft", "5", "qr.tokensLeft: expected an integer, got a string");
    row("tokensTotal negative", "tokensTotal", -8,
        "qr.tokensTotal: must be between 0 and 10000000");
}

void TestBadFrames::malformedQr()
{
    QFETCH(QJsonObject, json);
    QFETCH(QString, message);
    const auto q = QrCode::fromJson(json);
    QVERIFY(!q.ok());
    QCOMPARE(q.error(), badRequest(message));
}

QTEST_GUILESS_MAIN(TestBadFrames)
#include "tst_badframes.moc"

// The protocol codec against protocol.md: every op's args and result, every event and every
// error code, round-tripped through the frames a client and the server exchange.

#include "../codecsupport.h"

#include "errorcode.h"
#include "eventpeek.h"
#include "frames.h"
#include "ops.h"
#include "role.h"
#include "wsframe.h"

#include <QTest>

Q_DECLARE_METATYPE(presso::Order)

using namespace presso;
using namespace presso::samples;
using namespace presso::testing;

class TestCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opTable_data();
    void opTable();
    void requestRoundTrip_data();
    void requestRoundTrip();
    void resultRoundTrip_data();
    void resultRoundTrip();
    void eventRoundTrip_data();
    void eventRoundTrip();
    void errorCodes_data();
    void errorCodes();
    void everyErrorCodeIsInProtocol();
    void unknownErrorCodeBecomesInternal();
    void streamedBytesAreTheTreesBytes_data();
    void streamedBytesAreTheTreesBytes();
    void orderBytesAreTheTreesBytes_data();
    void orderBytesAreTheTreesBytes();
    void textFrameHeader_data();
    void textFrameHeader();
};

void TestCodec::opTable_data()
{
    QTest::addColumn<QString>("op");
    QTest::addColumn<bool>("mutating");
    auto row = [](const char *op, bool mutating) {
        QTest::addRow("%s", op) << QString::fromLatin1(op) << mutating;
    };
    // The ops of protocol.md (and docs/protocol.md's additions), and whether each changes
    // state. Who may call each is policy.h's (tst_policy, tst_roles).
    row("hello", false);
    row("ping", false);
    row("config.get", false);
    row("shop.setOpen", true);
    row("menu.setAvailable", true);
    row("menu.set", true);
    row("settings.set", true);
    row("qr.current", false);
    row("qr.redeem", true);
    row("order.submit", true);
    row("order.cancel", true);
    row("order.claim", true);
    row("order.unclaim", true);
    row("order.complete", true);
    row("order.get", false);
    row("orders.list", false);
    row("events.since", false);
    row("stats.get", false);
    row("device.add", true);
    row("device.list", false);
    row("device.revoke", true);
    row("order.recall", true);
    row("device.pair", true);
    row("orders.mine", false);
    row("order.follow", true);
}

void TestCodec::opTable()
{
    QFETCH(QString, op);
    QFETCH(bool, mutating);
    const OpSpec *spec = findOp(op);
    QVERIFY2(spec, qPrintable(op));
    QCOMPARE(spec->name, op);
    QCOMPARE(std::count_if(allOps().begin(), allOps().end(),
                           [&](const OpSpec &s) { return s.name == op; }),
             1);
    QCOMPARE(spec->mutating, mutating);
}

void TestCodec::requestRoundTrip_data()
{
    QTest::addColumn<QString>("op");
    QTest::addColumn<QJsonObject>("args");
    QTest::addColumn<QString>("requestId");
    const QString orderId = queuedOrder().id.value;
    const QString token = QStringLiteral("ot_5fQk2mX9vLr8Tz1aB3cD4eF6gH7jK0nP");
    const QString key = QStringLiteral("9b1d4c2e-7f3a-4e5b-8c6d-1a2b3c4d5e6f");
    auto addRow = [](const char *name, const char *op, const QJsonObject &args,
                     const QString &requestId = {}) {
        QTest::addRow("%s", name) << QString::fromLatin1(op) << args << requestId;
    };
    addRow("hello", "hello",
           {{"protocol", 1},
            {"role", "kiosk"},
            {"token", "dt_Zx81kPq0Lw3mNv7Rb2Yc5Hd9Gf4Js6Ta"},
            {"device", "kiosk-front"}});
    addRow("hello resuming", "hello",
           {{"protocol", 1},
            {"role", "display"},
            {"token", "dt_Qw2Er4Ty6Ui8Op0As1Df3Gh5Jk7Lz9X"},
            {"resumeFrom", 1234}});
    addRow("ping", "ping", {});
    addRow("config.get", "config.get", {});
    addRow("shop.setOpen", "shop.setOpen", {{"open", false}}, key);
    addRow("menu.setAvailable", "menu.setAvailable", {{"drink", "Latte"}, {"available", false}},
           key);
    addRow("menu.set", "menu.set", {{"menu", menu().toJson()}}, key);
    addRow("settings.set", "settings.set", {{"codeIntervalSec", 240}, {"codeHideBeforeEndSec", 20}},
           key);
    addRow("qr.current", "qr.current", {});
    addRow("qr.redeem", "qr.redeem", {{"code", "AbC_12-xyZ"}, {"customerName", "Ana"}}, key);
    addRow("qr.redeem without name", "qr.redeem", {{"code", "AbC_12-xyZ"}}, key);
    addRow("order.submit", "order.submit",
           {{"orderId", orderId},
            {"orderToken", token},
            {"drink", "Latte"},
            {"modifiers", QJsonArray{"Oat", "Large"}},
            {"customerName", "Jörg"}},
           key);
    addRow("order.cancel by kiosk", "order.cancel", {{"orderId", orderId}, {"orderToken", token}},
           key);
    addRow("order.cancel by barista", "order.cancel", {{"orderId", orderId}}, key);
    addRow("order.claim", "order.claim", {{"orderId", orderId}}, key);
    addRow("order.unclaim", "order.unclaim", {{"orderId", orderId}}, key);
    addRow("order.complete", "order.complete", {{"orderId", orderId}}, key);
    addRow("order.get", "order.get", {{"orderId", orderId}, {"orderToken", token}});
    addRow("orders.list", "orders.list",
           {{"states", QJsonArray{"QUEUED", "IN_PRODUCTION"}}, {"limit", 50}});
    addRow("events.since", "events.since", {{"seq", 1200}, {"limit", 500}});
    addRow("stats.get", "stats.get", {});
    addRow("device.add", "device.add", {{"role", "kiosk"}, {"name", "kiosk-2"}}, key);
    addRow("device.list", "device.list", {});
    addRow("device.revoke", "device.revoke", {{"name", "kiosk-2"}}, key);
}

void TestCodec::requestRoundTrip()
{
    QFETCH(QString, op);
    QFETCH(QJsonObject, args);
    QFETCH(QString, requestId);
    const Request sent{QStringLiteral("c-17"), op, args, requestId};
    const QByteArray bytes = encodeFrame(sent.toJson());
    QVERIFY(bytes.contains(R"("type":"req")"));
    QVERIFY(!bytes.contains('\n'));
    QJsonValue echo = QStringLiteral("unset");
    const auto got = decodeRequest(bytes, &echo);
    QVERIFY2(got.ok(), qPrintable(errorOf(got)));
    QCOMPARE(*got, sent);
    QCOMPARE(echo, QJsonValue(QStringLiteral("c-17")));
    const OpSpec *spec = findOp(got->op);
    QVERIFY(spec);
    const auto valid = validateArgs(*spec, got->args);
    QVERIFY2(valid.ok(), qPrintable(errorOf(valid)));
    // What the server does next with the args must accept them too.
    if (op == QLatin1String(op::kSettingsSet))
        QVERIFY2(shop().patched(args).ok(), qPrintable(errorOf(shop().patched(args))));
    if (op == QLatin1String(op::kMenuSet)) {
        const auto sentMenu = Menu::fromJson(args.value(QStringLiteral("menu")).toArray());
        QVERIFY2(sentMenu.ok(), qPrintable(errorOf(sentMenu)));
        QCOMPARE(*sentMenu, menu());
    }
    if (op == QLatin1String(op::kOrderSubmit)) {
        const QStringList modifiers =
            args.value(QStringLiteral("modifiers")).toVariant().toStringList();
        QVERIFY(
            menu().validateChoice(args.value(QStringLiteral("drink")).toString(), modifiers).ok());
        QVERIFY(normalizeCustomerName(args.value(QStringLiteral("customerName")).toString()).ok());
    }
    if (args.contains(QStringLiteral("role")))
        QVERIFY(roleFromName(args.value(QStringLiteral("role")).toString()));
    for (const QJsonValue &state : args.value(QStringLiteral("states")).toArray())
        QVERIFY2(orderStateFromName(state.toString()), qPrintable(state.toString()));
}

void TestCodec::resultRoundTrip_data()
{
    QTest::addColumn<QString>("op");
    QTest::addColumn<Models>("models");
    QTest::addColumn<QJsonObject>("extras");
    QTest::addColumn<QString>("nestedIn");
    const QString serverTime = isoFromMillis(kNow);
    const QJsonArray devices{QJsonObject{{"name", "kiosk-front"},
                                         {"role", "kiosk"},
                                         {"createdAt", "2026-11-01T08:00:00.000Z"},
                                         {"lastSeenAt", serverTime},
                                         {"online", true}},
                             QJsonObject{{"name", "bar-left"},
                                         {"role", "barista"},
                                         {"createdAt", "2026-11-01T08:01:12.345Z"},
                                         {"lastSeenAt", QJsonValue::Null},
                                         {"online", false}}};
    Menu soldOut = menu();
    soldOut.setAvailable(QStringLiteral("Latte"), false);
    ShopSettings closed = shop();
    closed.open = false;
    Order unclaimed = inProductionOrder();
    unclaimed.state = OrderState::Queued;
    unclaimed.claimedAt.reset();
    unclaimed.baristaId.clear();
    const QList<EventFrame> events{
        {1201, orderEvent(EventType::WaitingCompletion, queuedOrder(), *queuedOrder().submittedAt)},
        {1202,
         orderEvent(EventType::MakeOrder, inProductionOrder(), *inProductionOrder().claimedAt)}};

    auto row = [](const char *op, const Models &m, const QJsonObject &extras = {},
                  const char *nested = "") {
        QTest::addRow("%s", op) << QString::fromLatin1(op) << m << extras
                                << QString::fromLatin1(nested);
    };
    row("hello",
        Models{.shop = shop(),
               .menu = menu(),
               .qr = qr(),
               .orders = QList<Order>{queuedOrder(), inProductionOrder(), completedOrder()}},
        {{"sessionId", "s-4f1c"},
         {"role", "display"},
         {"serverTime", serverTime},
         {"seq", 1234},
         {"resumed", true}},
        "snapshot");
    QTest::addRow("hello as kiosk")
        << QStringLiteral("hello")
        << Models{.shop = shop(), .menu = menu(), .orders = QList<Order>{awaitingOrder()}}
        << QJsonObject{{"sessionId", "s-77aa"},
                       {"role", "kiosk"},
                       {"serverTime", serverTime},
                       {"seq", 1234},
                       {"resumed", false}}
        << QStringLiteral("snapshot");
    row("ping", {}, {{"serverTime", serverTime}});
    row("config.get", Models{.shop = shop(), .menu = menu()});
    row("shop.setOpen", Models{.shop = closed});
    row("menu.setAvailable", Models{.menu = soldOut});
    row("menu.set", Models{.menu = menu()});
    row("settings.set", Models{.shop = shop()});
    row("qr.current", Models{.qr = qr()});
    row("qr.redeem", {},
        {{"orderId", awaitingOrder().id.value},
         {"orderToken", "ot_5fQk2mX9vLr8Tz1aB3cD4eF6gH7jK0nP"},
         {"deadline", isoFromMillis(*awaitingOrder().deadline)}});
    row("order.submit", Models{.order = queuedOrder()});
    row("order.cancel", Models{.order = cancelledOrder()});
    row("order.claim", Models{.order = inProductionOrder()});
    row("order.unclaim", Models{.order = unclaimed});
    row("order.complete", Models{.order = completedOrder()});
    row("order.get", Models{.order = awaitingOrder()});
    row("orders.list",
        Models{.orders = QList<Order>{cancelledOrder(), completedOrder(), queuedOrder()}});
    row("events.since", Models{.events = events});
    row("stats.get", {},
        {{"stats", QJsonObject{{"drinks", QJsonObject{{"Latte", 42}, {"Espresso", 17}}},
                               {"averageSeconds", QJsonObject{{"Latte", 184.5}, {"Espresso", 61}}},
                               {"ordersPerHour", QJsonArray{0, 0, 0, 0, 0, 0, 0, 3, 12, 9}}}}});
    row("device.add", {}, {{"token", "dt_Zx81kPq0Lw3mNv7Rb2Yc5Hd9Gf4Js6Ta"}});
    row("device.list", {}, {{"devices", devices}});
    row("device.revoke", {}, {{"devices", QJsonArray{devices.at(0)}}});
}

void TestCodec::resultRoundTrip()
{
    QFETCH(QString, op);
    QFETCH(Models, models);
    QFETCH(QJsonObject, extras);
    QFETCH(QString, nestedIn);
    QVERIFY(findOp(op));
    QJsonObject result = extras;
    if (nestedIn.isEmpty())
        result = merged(result, encodeModels(models));
    else
        result.insert(nestedIn, encodeModels(models));

    const Response sent = Response::success(QStringLiteral("c-17"), result, kNow);
    const auto decoded = decodeServerFrame(encodeFrame(sent.toJson()));
    QVERIFY2(decoded.ok(), qPrintable(errorOf(decoded)));
    QVERIFY(std::holds_alternative<Response>(*decoded));
    const Response &got = std::get<Response>(*decoded);
    QCOMPARE(got, sent);
    QCOMPARE(got.result, result);
    QCOMPARE(encodeResponse(sent), encodeFrame(sent.toJson()));

    const QString path =
        nestedIn.isEmpty() ? QStringLiteral("result") : QStringLiteral("result.") + nestedIn;
    const auto gotModels =
        decodeModels(nestedIn.isEmpty() ? got.result : got.result.value(nestedIn).toObject(), path);
    QVERIFY2(gotModels.ok(), qPrintable(errorOf(gotModels)));
    compareModels(*gotModels, models);
    for (const char *key : {"serverTime", "deadline"}) {
        if (extras.contains(QLatin1String(key)))
            QVERIFY(millisFromIso(got.result.value(QLatin1String(key)).toString()));
    }
}

void TestCodec::eventRoundTrip_data()
{
    QTest::addColumn<QString>("detailType");
    QTest::addColumn<Models>("models");
    QTest::addColumn<QJsonObject>("extras");
    Order unclaimed = inProductionOrder();
    unclaimed.state = OrderState::Queued;
    unclaimed.baristaId.clear();
    Order baristaTimeout = inProductionOrder();
    baristaTimeout.state = OrderState::TimedOut;
    baristaTimeout.reason = QStringLiteral("barista_timeout");
    baristaTimeout.finishedAt = baristaTimeout.deadline;
    Order customerCancel = awaitingOrder();
    customerCancel.state = OrderState::Cancelled;
    customerCancel.reason = QStringLiteral("customer");
    customerCancel.finishedAt = kNow;
    const QJsonObject newOrder{
        {"orderId", awaitingOrder().id.value}, {"bucket", qr().bucket}, {"tokensLeft", 4}};

    // The detail-types as protocol.md spells them, typed here rather than taken from event.cpp.
    auto row = [](const char *name, const char *type, const Models &m,
                  const QJsonObject &extras = {}) {
        QTest::addRow("%s", name) << QString::fromLatin1(type) << m << extras;
    };
    row("NewCode", "Validator.NewCode", Models{.qr = qr()});
    row("NewOrder", "Validator.NewOrder", {}, newOrder);
    row("ShopUnavailable closed", "OrderProcessor.ShopUnavailable", {}, {{"reason", "closed"}});
    row("ShopUnavailable capacity", "OrderProcessor.ShopUnavailable", {}, {{"reason", "capacity"}});
    row("ShopUnavailable no_barista", "OrderProcessor.ShopUnavailable", {},
        {{"reason", "no_barista"}});
    row("WorkflowStarted", "OrderProcessor.WorkflowStarted", Models{.order = awaitingOrder()});
    row("WaitingCompletion", "OrderManager.WaitingCompletion", Models{.order = queuedOrder()});
    row("MakeOrder claimed", "OrderManager.MakeOrder", Models{.order = inProductionOrder()});
    row("MakeOrder unclaimed", "OrderManager.MakeOrder", Models{.order = unclaimed});
    row("OrderCompleted", "OrderManager.OrderCompleted", Models{.order = completedOrder()});
    row("OrderCancelled by barista", "OrderManager.OrderCancelled",
        Models{.order = cancelledOrder()});
    row("OrderCancelled by customer", "OrderManager.OrderCancelled",
        Models{.order = customerCancel});
    row("OrderTimeOut customer", "OrderProcessor.OrderTimeOut", Models{.order = timedOutOrder()},
        {{"cause", "customer"}});
    row("OrderTimeOut barista", "OrderProcessor.OrderTimeOut", Models{.order = baristaTimeout},
        {{"cause", "barista"}});
    row("OrderFinished", "OrderProcessor.OrderFinished", Models{.order = completedOrder()});
    row("ConfigChanged", "ConfigService.ConfigChanged", Models{.shop = shop(), .menu = menu()});
}

void TestCodec::eventRoundTrip()
{
    QFETCH(QString, detailType);
    QFETCH(Models, models);
    QFETCH(QJsonObject, extras);
    const auto type = eventTypeFromName(detailType);
    QVERIFY2(type, qPrintable(detailType));
    QCOMPARE(eventTypeName(*type), detailType);
    QVERIFY(allEventTypes().contains(*type));

    const QJsonObject detail = merged(extras, encodeModels(models));
    const EventFrame sent{
        1234, Event{QStringLiteral("f47ac10b-58cc-4372-a567-0e02b2c3d479"), *type, kNow, detail}};
    const QJsonObject wire = sent.toJson();
    QCOMPARE(wire.value(QStringLiteral("type")).toString(), QStringLiteral("event"));
    const QJsonObject envelope = wire.value(QStringLiteral("event")).toObject();
    QCOMPARE(envelope.value(QStringLiteral("detail-type")).toString(), detailType);
    QCOMPARE(envelope.value(QStringLiteral("version")).toString(), QStringLiteral("1"));
    QCOMPARE(envelope.value(QStringLiteral("source")).toString(), QStringLiteral("presso"));
    QCOMPARE(envelope.value(QStringLiteral("time")).toString(),
             QStringLiteral("2026-11-22T21:42:33.123Z"));

    QCOMPARE(encodeEventFrame(sent.seq, sent.event, encodeFrame(detail)), encodeFrame(wire));
    const auto decoded = decodeServerFrame(encodeFrame(wire));
    QVERIFY2(decoded.ok(), qPrintable(errorOf(decoded)));
    QVERIFY(std::holds_alternative<EventFrame>(*decoded));
    const EventFrame &got = std::get<EventFrame>(*decoded);
    QCOMPARE(got, sent);
    const auto gotModels = decodeModels(got.event.detail, QStringLiteral("event.detail"));
    QVERIFY2(gotModels.ok(), qPrintable(errorOf(gotModels)));
    compareModels(*gotModels, models);
    // The envelope alone, read without decoding the detail, says the same.
    const auto peeked = peekEventFrame(QString::fromUtf8(encodeFrame(wire)));
    QVERIFY(peeked);
    QCOMPARE(*peeked, (EventFrame{sent.seq, Event{sent.event.id, sent.event.type, sent.event.time, {}}}));
    // No event ever carries an order token or a device token.
    const QByteArray bytes = encodeFrame(wire);
    QVERIFY(!bytes.contains("Token\"") && !bytes.contains("\"token\""));
}

void TestCodec::errorCodes_data()
{
    QTest::addColumn<QString>("name");
    // protocol.md's error codes, typed here.
    for (const char *name : {"BAD_REQUEST", "UNKNOWN_OP", "UNAUTHENTICATED", "FORBIDDEN",
                             "NOT_FOUND", "CONFLICT", "SHOP_CLOSED", "AT_CAPACITY", "INVALID_CODE",
                             "NO_TOKENS", "INVALID_ORDER", "EXPIRED", "RATE_LIMITED", "INTERNAL"})
        QTest::addRow("%s", name) << QString::fromLatin1(name);
}

void TestCodec::errorCodes()
{
    QFETCH(QString, name);
    const auto code = errorCodeFromName(name);
    QVERIFY(code);
    QCOMPARE(errorCodeName(*code), name);

    const Response sent =
        Response::failure(QStringLiteral("c-3"), Error{*code, QStringLiteral("Sorry")}, kNow);
    const QJsonObject wire = sent.toJson();
    QCOMPARE(
        wire.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
        name);
    QCOMPARE(wire.value(QStringLiteral("ok")), QJsonValue(false));
    QVERIFY(!wire.contains(QStringLiteral("result")));
    QCOMPARE(encodeResponse(sent), encodeFrame(wire));
    const auto decoded = decodeServerFrame(encodeFrame(wire));
    QVERIFY2(decoded.ok(), qPrintable(errorOf(decoded)));
    QCOMPARE(std::get<Response>(*decoded), sent);
}

void TestCodec::everyErrorCodeIsInProtocol()
{
    const QStringList protocol{"BAD_REQUEST",  "UNKNOWN_OP", "UNAUTHENTICATED", "FORBIDDEN",
                               "NOT_FOUND",    "CONFLICT",   "SHOP_CLOSED",     "AT_CAPACITY",
                               "INVALID_CODE", "NO_TOKENS",  "INVALID_ORDER",   "EXPIRED",
                               "RATE_LIMITED", "INTERNAL"};
    QStringList seen;
    for (int i = 0; i <= static_cast<int>(ErrorCode::Internal); ++i) {
        const QString name = errorCodeName(static_cast<ErrorCode>(i));
        QVERIFY2(protocol.contains(name), qPrintable(name));
        QVERIFY2(!seen.contains(name), qPrintable(name));
        seen.append(name);
    }
    QCOMPARE(seen.size(), protocol.size());
}

void TestCodec::unknownErrorCodeBecomesInternal()
{
    const QByteArray frame =
        R"({"type":"res","id":"c-3","ok":false,"error":{"code":"TEAPOT","message":"no coffee"},)"
        R"("serverTime":"2026-11-22T21:42:33.123Z"})";
    const auto decoded = decodeServerFrame(frame);
    QVERIFY2(decoded.ok(), qPrintable(errorOf(decoded)));
    const Response &got = std::get<Response>(*decoded);
    QCOMPARE(got.error.code, ErrorCode::Internal);
    QCOMPARE(got.error.message, QStringLiteral("TEAPOT: no coffee"));
}

// The server writes its frames straight into a buffer (encodeResponse, encodeEventFrame):
// whatever a client chose as its id, the bytes are those of the QJsonObject tree.
void TestCodec::streamedBytesAreTheTreesBytes_data()
{
    QTest::addColumn<QJsonValue>("id");
    QTest::addColumn<QString>("text");
    QTest::addRow("plain") << QJsonValue(QStringLiteral("c-17")) << QStringLiteral("Sorry");
    QTest::addRow("null id") << QJsonValue(QJsonValue::Null) << QString();
    QTest::addRow("quotes and backslash") << QJsonValue(QStringLiteral("a\"b\\c")) << QStringLiteral("\"x\"");
    QTest::addRow("controls") << QJsonValue(QStringLiteral("\t\n\r\b\f\x01\x1f\x7f"))
                              << QStringLiteral("line\nnext");
    QTest::addRow("unicode") << QJsonValue(QStringLiteral("caf\u00e9 \u2615 \U0001F600"))
                             << QStringLiteral("Zo\u00eb");
    QTest::addRow("lone surrogate") << QJsonValue(QString(QChar(0xd800))) << QString(QChar(0xdc00));
}

void TestCodec::streamedBytesAreTheTreesBytes()
{
    QFETCH(QJsonValue, id);
    QFETCH(QString, text);
    const Response ok = Response::success(id, QJsonObject{{"name", text}, {"n", 3}}, kNow);
    QCOMPARE(encodeResponse(ok), encodeFrame(ok.toJson()));
    // The result serialised once, for the stored first response, and spliced into the answer.
    Response spliced = ok;
    spliced.resultJson = encodeFrame(ok.result);
    QCOMPARE(encodeResponse(spliced), encodeFrame(ok.toJson()));
    const Response failed = Response::failure(id, Error{ErrorCode::Conflict, text}, kNow);
    QCOMPARE(encodeResponse(failed), encodeFrame(failed.toJson()));
    const QJsonObject detail{{"reason", text}, {"order", QJsonObject{{"customerName", text}}}};
    const Event event{id.toString(), EventType::OrderCancelled, kNow, detail};
    QCOMPARE(encodeEventFrame(42, event, encodeFrame(detail)), encodeFrame(EventFrame{42, event}.toJson()));
}

void TestCodec::orderBytesAreTheTreesBytes_data()
{
    QTest::addColumn<Order>("order");
    Order fresh;
    fresh.id = OrderId{QStringLiteral("0b7e2c1a-5d3f-4e8a-9c6b-1f2a3b4c5d6e")};
    fresh.createdAt = kNow;
    fresh.deadline = kNow + 300'000;
    QTest::addRow("awaiting, empty fields") << fresh;
    Order made = fresh;
    made.number = 417;
    made.state = OrderState::Completed;
    made.customerName = QStringLiteral("Zo\u00eb \"Z\" \\ \t\u2615");
    made.drink = QStringLiteral("Latte");
    made.modifiers = {QStringLiteral("Oat"), QStringLiteral("Large \U0001F600")};
    made.icon = QStringLiteral("latte");
    made.submittedAt = kNow + 1;
    made.claimedAt = kNow + 2;
    made.completedAt = kNow + 3;
    made.finishedAt = kNow + 3;
    made.baristaId = QStringLiteral("bar-1");
    made.reason = QStringLiteral("barista");
    made.deadline.reset();
    QTest::addRow("completed, every field, odd text") << made;
    Order one = made;
    one.modifiers = {QStringLiteral("Oat")};
    one.number = 0;
    QTest::addRow("one modifier, number 0") << one;
}

// The order is written straight into a buffer on the server's hot path: the bytes are
// those of its QJsonObject tree, in both views.
void TestCodec::orderBytesAreTheTreesBytes()
{
    QFETCH(Order, order);
    QCOMPARE(encodeOrder(order), encodeFrame(order.toJson()));
    QCOMPARE(encodeOrder(order, true), encodeFrame(order.toPublicJson()));
}

void TestCodec::textFrameHeader_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<QByteArray>("header");
    QTest::addRow("empty") << 0 << QByteArray("\x81\x00", 2);
    QTest::addRow("125") << 125 << QByteArray("\x81\x7d");
    QTest::addRow("126") << 126 << QByteArray("\x81\x7e\x00\x7e", 4);
    QTest::addRow("65535") << 65535 << QByteArray("\x81\x7e\xff\xff");
    QTest::addRow("65536") << 65536 << QByteArray("\x81\x7f\x00\x00\x00\x00\x00\x01\x00\x00", 10);
}

// RFC 6455 section 5.2: FIN and the text opcode, no mask, the shortest length encoding.
void TestCodec::textFrameHeader()
{
    QFETCH(int, size);
    QFETCH(QByteArray, header);
    const QByteArray payload(size, 'x');
    const TextFrame frame = TextFrame::of(payload);
    QCOMPARE(frame.text, payload);
    QCOMPARE(frame.wire, header + payload);
}

QTEST_GUILESS_MAIN(TestCodec)
#include "tst_codec.moc"

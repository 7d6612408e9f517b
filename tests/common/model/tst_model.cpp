// The domain model's JSON and rules: timestamps, orders, names, the menu and a customer's
// choice, shop settings and QR codes, against protocol.md.

#include "../samples.h"

#include <QRegularExpression>
#include <QRandomGenerator>
#include <QDateTime>
#include <QTest>

using namespace presso;
using namespace presso::samples;
using namespace presso::testing;

namespace {

QStringList keysOf(const QJsonObject &o)
{
    QStringList keys = o.keys();
    keys.sort();
    return keys;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

class TestModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isoFormatterMatchesQDateTime();
    void initTestCase();

    void isoTimestamps_data();
    void isoTimestamps();
    void badTimestamps_data();
    void badTimestamps();
    void wireTimestampsHaveOneShape();

    void orderRoundTrip_data();
    void orderRoundTrip();
    void orderPublicView();
    void customerName_data();
    void customerName();

    void menuRoundTrip();
    void validateChoice_data();
    void validateChoice();
    void soldOut();

    void settingsDefaults();
    void settingsRoundTrip();
    void settingsPatch();
    void badSettingsPatch_data();
    void badSettingsPatch();

    void wellFormedCode_data();
    void wellFormedCode();
    void codeFromScan_data();
    void codeFromScan();
    void qrRoundTrip();
};

void TestModel::initTestCase()
{
    // A zone far from UTC, so that any reading of a timestamp as local time shows.
    qputenv("TZ", "<+0545>-5:45");
}

void TestModel::isoTimestamps_data()
{
    QTest::addColumn<Millis>("ms");
    QTest::addColumn<QString>("iso");
    QTest::addRow("epoch") << Millis(0) << "1970-01-01T00:00:00.000Z";
    QTest::addRow("protocol example") << kNow << "2026-11-22T21:42:33.123Z";
    QTest::addRow("whole second") << Millis(1795383753000) << "2026-11-22T21:42:33.000Z";
    QTest::addRow("7 ms") << Millis(1795383753007) << "2026-11-22T21:42:33.007Z";
    QTest::addRow("1 ms past 2000") << Millis(946684800001) << "2000-01-01T00:00:00.001Z";
    QTest::addRow("leap day, last ms") << Millis(1835481599999) << "2028-02-29T23:59:59.999Z";
    QTest::addRow("past 32-bit seconds") << Millis(2147483648000) << "2038-01-19T03:14:08.000Z";
}

void TestModel::isoTimestamps()
{
    QFETCH(Millis, ms);
    QFETCH(QString, iso);
    QCOMPARE(isoFromMillis(ms), iso);
    QCOMPARE(millisFromIso(iso), std::optional<Millis>(ms));
    QCOMPARE(jsonTime(ms), QJsonValue(iso));
    QCOMPARE(jsonTime(std::nullopt), QJsonValue(QJsonValue::Null));
}

void TestModel::badTimestamps_data()
{
    QTest::addColumn<QString>("text");
    for (const char *text : {
             "2026-11-22T21:42:33.123",       // no zone: would be read as local time
             "2026-11-22T21:42:33Z",          // no milliseconds
             "2026-11-22T21:42:33.1Z",        // short milliseconds
             "2026-11-22T21:42:33.1234Z",     // too many digits
             "2026-11-22T21:42:33.123+00:00", // an offset, not 'Z'
             "2026-11-22T23:42:33.123+02:00",
             "2026-11-22 21:42:33.123Z", // space for 'T'
             "2026-11-22t21:42:33.123z",
             "2026-11-22",
             "21:42:33.123Z",
             "2026-13-22T21:42:33.123Z",
             "2026-02-30T21:42:33.123Z",
             "2026-11-22T24:00:00.000Z",
             "2026-11-22T21:60:33.123Z",
             "2026-11-22T21:42:61.123Z",
             " 2026-11-22T21:42:33.123Z",
             "2026-11-22T21:42:33.123Z\n",
             "+2026-11-22T21:42:33.123Z",
             "2026-11-22T21:42:33,123Z",
             "1795383753123",
             "yesterday",
             "",
         })
        QTest::addRow("%s", text) << QString::fromLatin1(text);
    QTest::addRow("Arabic-Indic digit") << QStringLiteral("2026-11-22T21:42:33.12\u0663Z");
}

void TestModel::badTimestamps()
{
    QFETCH(QString, text);
    QVERIFY(!millisFromIso(text));
    const auto order = Order::fromJson(with(queuedOrder().toJson(), "submittedAt", text));
    QVERIFY(!order.ok());
    QCOMPARE(order.error(), badRequest(QStringLiteral("order.submittedAt") + kBadTime));
}

void TestModel::wireTimestampsHaveOneShape()
{
    const QRegularExpression shape(QStringLiteral(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$)"));
    QStringList stamps;
    for (const Order &o : allOrders()) {
        const QJsonObject json = o.toJson();
        for (const char *key :
             {"createdAt", "submittedAt", "claimedAt", "completedAt", "finishedAt", "deadline"}) {
            if (!json.value(QLatin1String(key)).isNull())
                stamps.append(json.value(QLatin1String(key)).toString());
        }
    }
    const QJsonObject qrJson = qr().toJson();
    stamps << qrJson.value(QStringLiteral("startsAt")).toString()
           << qrJson.value(QStringLiteral("endsAt")).toString();
    stamps << Event{QStringLiteral("e-1"), EventType::NewCode, kNow + 1, {}}
                  .toJson()
                  .value(QStringLiteral("time"))
                  .toString();
    stamps << Response::success(QStringLiteral("c-1"), {}, kNow + 20)
                  .toJson()
                  .value(QStringLiteral("serverTime"))
                  .toString();
    QVERIFY(stamps.size() > 20);
    for (const QString &stamp : stamps)
        QVERIFY2(shape.match(stamp).hasMatch(), qPrintable(stamp));
}

void TestModel::orderRoundTrip_data()
{
    QTest::addColumn<int>("index");
    const QList<Order> orders = allOrders();
    for (int i = 0; i < orders.size(); ++i)
        QTest::addRow("%s", qPrintable(orderStateName(orders.at(i).state))) << i;
}

void TestModel::orderRoundTrip()
{
    QFETCH(int, index);
    const Order order = allOrders().at(index);
    const QJsonObject json = order.toJson();
    QCOMPARE(keysOf(json), sorted({"id", "number", "state", "customerName", "drink", "modifiers",
                                   "icon", "createdAt", "submittedAt", "claimedAt", "completedAt",
                                   "finishedAt", "baristaId", "reason", "deadline"}));
    QCOMPARE(json.value(QStringLiteral("state")).toString(), orderStateName(order.state));
    QCOMPARE(orderStateFromName(orderStateName(order.state)),
             std::optional<OrderState>(order.state));
    QVERIFY(json.value(QStringLiteral("modifiers")).isArray());
    // Absent values are null, not missing or empty.
    QCOMPARE(json.value(QStringLiteral("number")).isNull(), !order.number.has_value());
    QCOMPARE(json.value(QStringLiteral("drink")).isNull(), order.drink.isEmpty());
    QCOMPARE(json.value(QStringLiteral("customerName")).isNull(), order.customerName.isEmpty());
    QCOMPARE(json.value(QStringLiteral("baristaId")).isNull(), order.baristaId.isEmpty());
    QCOMPARE(json.value(QStringLiteral("reason")).isNull(), order.reason.isEmpty());
    QCOMPARE(json.value(QStringLiteral("claimedAt")).isNull(), !order.claimedAt.has_value());

    const auto decoded = Order::fromJson(json);
    QVERIFY2(decoded.ok(), qPrintable(errorOf(decoded)));
    QCOMPARE(*decoded, order);
}

void TestModel::orderPublicView()
{
    const Order order = inProductionOrder();
    const QJsonObject json = order.toPublicJson();
    QCOMPARE(json.value(QStringLiteral("baristaId")), QJsonValue(QJsonValue::Null));
    QCOMPARE(json.value(QStringLiteral("reason")), QJsonValue(QJsonValue::Null));
    QVERIFY(!QJsonDocument(json).toJson().contains("oken"));
    const auto decoded = Order::fromJson(json);
    QVERIFY2(decoded.ok(), qPrintable(errorOf(decoded)));
    Order expected = order;
    expected.baristaId.clear();
    QCOMPARE(*decoded, expected);
}

void TestModel::customerName_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("output");
    QTest::addRow("plain") << "Ana" << true << "Ana";
    QTest::addRow("padded") << "  Ana \n" << true << "Ana";
    QTest::addRow("inner spaces") << "Ana   Maria" << true << "Ana Maria";
    QTest::addRow("tab inside") << "Ana\tMaria" << true << "Ana Maria";
    QTest::addRow("umlaut") << "Jörg" << true << "Jörg";
    QTest::addRow("empty") << "" << true << "";
    QTest::addRow("only spaces") << "   " << true << "";
    QTest::addRow("20 chars") << "Maximilianusandreasx" << true << "Maximilianusandreasx";
    QTest::addRow("20 chars after trimming")
        << "   Maximilianusandreasx   " << true << "Maximilianusandreasx";
    QTest::addRow("21 chars") << "Maximilianusandreasxy" << false << "";
    QTest::addRow("bell") << "Ana\u0007" << false << "";
    QTest::addRow("escape") << "\u001b[31mAna" << false << "";
    QTest::addRow("direction mark") << "Ana\u202e" << false << "";
}

void TestModel::customerName()
{
    QFETCH(QString, input);
    QFETCH(bool, ok);
    QFETCH(QString, output);
    const auto name = normalizeCustomerName(input);
    QCOMPARE(name.ok(), ok);
    if (ok)
        QCOMPARE(*name, output);
    else
        QCOMPARE(name.error().code, ErrorCode::InvalidOrder);
}

void TestModel::menuRoundTrip()
{
    const Menu m = menu();
    const auto decoded = Menu::fromJson(m.toJson());
    QVERIFY2(decoded.ok(), qPrintable(errorOf(decoded)));
    QCOMPARE(*decoded, m);

    // protocol.md's example item, byte for byte.
    const QByteArray example = R"({"drink":"Latte","icon":"latte","available":true,)"
                               R"("modifiers":[{"name":"Milk","options":["Regular","Oat"]}]})";
    const auto fromExample = Menu::fromJson(QJsonDocument::fromJson('[' + example + ']').array());
    QVERIFY2(fromExample.ok(), qPrintable(errorOf(fromExample)));
    QCOMPARE(fromExample->items().size(), 1);
    QCOMPARE(fromExample->toJson().at(0).toObject(), QJsonDocument::fromJson(example).object());

    // available and modifiers may be left out.
    const auto minimal = Menu::fromJson(parseArray(R"([{"drink":"Espresso","icon":"espresso"}])"));
    QVERIFY2(minimal.ok(), qPrintable(errorOf(minimal)));
    QCOMPARE(minimal->items().at(0), (MenuItem{"Espresso", "espresso", true, {}}));
}

void TestModel::validateChoice_data()
{
    QTest::addColumn<QString>("drink");
    QTest::addColumn<QStringList>("modifiers");
    QTest::addColumn<QString>("message"); // empty when the choice is valid
    QTest::addRow("latte, oat, large") << "Latte" << QStringList{"Oat", "Large"} << "";
    QTest::addRow("latte, large, oat") << "Latte" << QStringList{"Large", "Oat"} << "";
    QTest::addRow("latte plain") << "Latte" << QStringList{} << "";
    QTest::addRow("espresso") << "Espresso" << QStringList{} << "";
    QTest::addRow("flat white, regular") << "Flat White" << QStringList{"Regular"} << "";
    QTest::addRow("unknown drink") << "Mocha" << QStringList{} << R"("Mocha" is not on the menu)";
    QTest::addRow("wrong case") << "latte" << QStringList{} << R"("latte" is not on the menu)";
    QTest::addRow("sold out") << "Coffee of the day" << QStringList{}
                              << "Coffee of the day is sold out";
    QTest::addRow("unknown option")
        << "Latte" << QStringList{"Soy"} << R"("Soy" is not an option for Latte)";
    QTest::addRow("another drink's option")
        << "Espresso" << QStringList{"Oat"} << R"("Oat" is not an option for Espresso)";
    QTest::addRow("option of a group the drink lacks")
        << "Flat White" << QStringList{"Large"} << R"("Large" is not an option for Flat White)";
    QTest::addRow("two milks") << "Latte" << QStringList{"Oat", "Regular"}
                               << "Choose only one Milk";
    QTest::addRow("oat twice") << "Latte" << QStringList{"Oat", "Oat"} << "Choose only one Milk";
    QTest::addRow("two sizes") << "Latte" << QStringList{"Small", "Oat", "Large"}
                               << "Choose only one Size";
}

void TestModel::validateChoice()
{
    QFETCH(QString, drink);
    QFETCH(QStringList, modifiers);
    QFETCH(QString, message);
    const auto result = menu().validateChoice(drink, modifiers);
    QCOMPARE(result.ok(), message.isEmpty());
    if (!message.isEmpty())
        QCOMPARE(result.error(), (Error{ErrorCode::InvalidOrder, message}));
}

void TestModel::soldOut()
{
    Menu m = menu();
    QVERIFY(m.validateChoice(QStringLiteral("Latte"), {QStringLiteral("Oat")}).ok());
    QVERIFY(m.setAvailable(QStringLiteral("Latte"), false));
    QCOMPARE(m.validateChoice(QStringLiteral("Latte"), {QStringLiteral("Oat")}).error().code,
             ErrorCode::InvalidOrder);
    QVERIFY(m.setAvailable(QStringLiteral("Coffee of the day"), true));
    QVERIFY(m.validateChoice(QStringLiteral("Coffee of the day"), {}).ok());
    QVERIFY(!m.setAvailable(QStringLiteral("Mocha"), true));
    QCOMPARE(m.items().size(), menu().items().size());
}

void TestModel::settingsDefaults()
{
    // protocol.md's `shop` object with its defaults.
    const QJsonObject defaults =
        QJsonDocument::fromJson(
            R"({"open":true,"maxOrdersInQueue":20,"drinksPerCode":10,"codeIntervalSec":300,"codeHideBeforeEndSec":15,)"
            R"("customerTimeoutSec":300,"baristaTimeoutSec":900,"orderUrl":"presso:order",)"
            // Part two; an empty publicUrl is the server's own address, filled in by the server.
            R"("phoneOrdering":true,"publicUrl":"","maxCustomerConnections":2000})")
            .object();
    QCOMPARE(ShopSettings().toJson(), defaults);
    QCOMPARE(sorted(ShopSettings::keys()), keysOf(defaults));
}

void TestModel::settingsRoundTrip()
{
    const auto decoded = ShopSettings::fromJson(shop().toJson());
    QVERIFY2(decoded.ok(), qPrintable(errorOf(decoded)));
    QCOMPARE(*decoded, shop());

    // A newer server's extra field is ignored when reading; a missing one is not.
    const auto newer = ShopSettings::fromJson(with(shop().toJson(), "theme", "dark"));
    QVERIFY2(newer.ok(), qPrintable(errorOf(newer)));
    QCOMPARE(*newer, shop());
    const auto older =
        ShopSettings::fromJson(with(shop().toJson(), "orderUrl", QJsonValue::Undefined));
    QCOMPARE(older.error(), badRequest(QStringLiteral("shop.orderUrl: is required")));
    // Part two's settings are optional when reading: a server from before them lacks them.
    QJsonObject partOne = shop().toJson();
    for (const char *key : {"phoneOrdering", "publicUrl", "maxCustomerConnections"})
        partOne.remove(QLatin1String(key));
    const auto fromOlder = ShopSettings::fromJson(partOne);
    QVERIFY2(fromOlder.ok(), qPrintable(errorOf(fromOlder)));
    QCOMPARE(fromOlder->phoneOrdering, true);
    QCOMPARE(fromOlder->maxCustomerConnections, 2000);
}

void TestModel::settingsPatch()
{
    const ShopSettings base = shop();
    QCOMPARE(*base.patched({}), base);

    const auto patched = base.patched({{"codeIntervalSec", 120},
                                       {"codeHideBeforeEndSec", 10},
                                       {"open", false},
                                       {"orderUrl", "https://presso.example/order"}});
    QVERIFY2(patched.ok(), qPrintable(errorOf(patched)));
    ShopSettings expected = base;
    expected.codeIntervalSec = 120;
    expected.codeHideBeforeEndSec = 10;
    expected.open = false;
    expected.orderUrl = QStringLiteral("https://presso.example/order");
    QCOMPARE(*patched, expected);

    const auto edges = base.patched(
        {{"maxOrdersInQueue", 1}, {"codeHideBeforeEndSec", 0}, {"customerTimeoutSec", 86400}});
    QVERIFY2(edges.ok(), qPrintable(errorOf(edges)));
    QCOMPARE(edges->maxOrdersInQueue, 1);
    QCOMPARE(edges->codeHideBeforeEndSec, 0);
    QCOMPARE(edges->customerTimeoutSec, 86400);
}

void TestModel::badSettingsPatch_data()
{
    QTest::addColumn<QJsonObject>("patch");
    QTest::addColumn<QString>("message");
    const QString shorter =
        QStringLiteral("args.codeHideBeforeEndSec: must be shorter than codeIntervalSec");
    QTest::addRow("unknown key") << QJsonObject{{"colour", "red"}}
                                 << "args.colour: unknown setting";
    QTest::addRow("unknown key beside good ones")
        << QJsonObject{{"open", false}, {"maxOrders", 5}} << "args.maxOrders: unknown setting";
    QTest::addRow("open string") << QJsonObject{{"open", "no"}}
                                 << "args.open: expected a boolean, got a string";
    QTest::addRow("maxOrdersInQueue 0") << QJsonObject{{"maxOrdersInQueue", 0}}
                                        << "args.maxOrdersInQueue: must be between 1 and 100000";
    QTest::addRow("maxOrdersInQueue -3") << QJsonObject{{"maxOrdersInQueue", -3}}
                                         << "args.maxOrdersInQueue: must be between 1 and 100000";
    QTest::addRow("maxOrdersInQueue string")
        << QJsonObject{{"maxOrdersInQueue", "20"}}
        << "args.maxOrdersInQueue: expected an integer, got a string";
    QTest::addRow("drinksPerCode 0") << QJsonObject{{"drinksPerCode", 0}}
                                     << "args.drinksPerCode: must be between 1 and 10000000";
    QTest::addRow("codeIntervalSec 5") << QJsonObject{{"codeIntervalSec", 5}}
                                       << "args.codeIntervalSec: must be between 10 and 86400";
    QTest::addRow("customerTimeoutSec a day and a second")
        << QJsonObject{{"customerTimeoutSec", 86401}}
        << "args.customerTimeoutSec: must be between 10 and 86400";
    QTest::addRow("baristaTimeoutSec 2.5")
        << QJsonObject{{"baristaTimeoutSec", 2.5}}
        << "args.baristaTimeoutSec: expected an integer, got a number";
    QTest::addRow("codeHideBeforeEndSec -1")
        << QJsonObject{{"codeHideBeforeEndSec", -1}}
        << "args.codeHideBeforeEndSec: must be between 0 and 86400";
    QTest::addRow("hide == interval") << QJsonObject{{"codeHideBeforeEndSec", 300}} << shorter;
    QTest::addRow("hide > interval") << QJsonObject{{"codeHideBeforeEndSec", 400}} << shorter;
    QTest::addRow("interval shrunk to hide") << QJsonObject{{"codeIntervalSec", 20}} << shorter;
    QTest::addRow("both equal") << QJsonObject{{"codeIntervalSec", 60},
                                               {"codeHideBeforeEndSec", 60}}
                                << shorter;
    QTest::addRow("orderUrl empty")
        << QJsonObject{{"orderUrl", ""}} << "args.orderUrl: must not be empty";
    QTest::addRow("orderUrl blank")
        << QJsonObject{{"orderUrl", "   "}} << "args.orderUrl: must not be empty";
    QTest::addRow("orderUrl number")
        << QJsonObject{{"orderUrl", 5}} << "args.orderUrl: expected a string, got a number";
}

void TestModel::badSettingsPatch()
{
    QFETCH(QJsonObject, patch);
    QFETCH(QString, message);
    const auto patched = shop().patched(patch);
    QVERIFY(!patched.ok());
    QCOMPARE(patched.error(), badRequest(message));
}

void TestModel::wellFormedCode_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("wellFormed");
    QTest::addRow("sample") << "AbC_12-xyZ" << true;
    QTest::addRow("digits") << "0123456789" << true;
    QTest::addRow("underscores and dashes") << "__--__--__" << true;
    QTest::addRow("9 chars") << "AbC_12-xy" << false;
    QTest::addRow("11 chars") << "AbC_12-xyZ0" << false;
    QTest::addRow("empty") << "" << false;
    QTest::addRow("bang") << "AbC_12-xy!" << false;
    QTest::addRow("space") << "AbC 12-xyZ" << false;
    QTest::addRow("plus") << "AbC+12-xyZ" << false;
    QTest::addRow("dot") << "AbC.12-xyZ" << false;
    QTest::addRow("slash") << "AbC/12-xyZ" << false;
    QTest::addRow("umlaut") << "AbC_12-xyÄ" << false;
    QTest::addRow("fullwidth digit") << "AbC_12-xy\uff11" << false;
}

void TestModel::wellFormedCode()
{
    QFETCH(QString, code);
    QFETCH(bool, wellFormed);
    QCOMPARE(QrCode::isWellFormedCode(code), wellFormed);
}

void TestModel::codeFromScan_data()
{
    QTest::addColumn<QString>("scanned");
    QTest::addColumn<QString>("code");
    QTest::addRow("order url") << "presso:order?code=AbC_12-xyZ"
                               << "AbC_12-xyZ";
    QTest::addRow("bare code") << "AbC_12-xyZ"
                               << "AbC_12-xyZ";
    QTest::addRow("bare code with newline") << "  AbC_12-xyZ\r\n"
                                            << "AbC_12-xyZ";
    QTest::addRow("https url") << "https://presso.example/order?code=AbC_12-xyZ"
                               << "AbC_12-xyZ";
    QTest::addRow("code not first") << "presso:order?lang=de&code=AbC_12-xyZ"
                                    << "AbC_12-xyZ";
    QTest::addRow("url without code") << "presso:order?lang=de"
                                      << "";
}

void TestModel::codeFromScan()
{
    QFETCH(QString, scanned);
    QFETCH(QString, code);
    QCOMPARE(QrCode::codeFromScan(scanned), code);
}

void TestModel::qrRoundTrip()
{
    const QrCode q = qr();
    QCOMPARE(q.url, QStringLiteral("presso:order?code=AbC_12-xyZ"));
    QCOMPARE(QrCode::codeFromScan(q.url), q.code);
    const QJsonObject json = q.toJson();
    QCOMPARE(keysOf(json),
             sorted({"code", "url", "bucket", "startsAt", "endsAt", "tokensTotal", "tokensLeft"}));
    QCOMPARE(json.value(QStringLiteral("bucket")).toInteger(),
             kNow / (shop().codeIntervalSec * 1000));
    QCOMPARE(json.value(QStringLiteral("startsAt")).toString(),
             QStringLiteral("2026-11-22T21:40:00.000Z"));
    QCOMPARE(json.value(QStringLiteral("endsAt")).toString(),
             QStringLiteral("2026-11-22T21:45:00.000Z"));
    const auto decoded = QrCode::fromJson(json);
    QVERIFY2(decoded.ok(), qPrintable(errorOf(decoded)));
    QCOMPARE(*decoded, q);
}

void TestModel::isoFormatterMatchesQDateTime()
{
    // The hand-written formatter against Qt's, across eras, leap days and the epoch.
    const QList<Millis> fixed{0, -1, 1, 951'782'400'000, 951'868'799'999, 1'795'000'060'123,
                              253'402'300'799'999, -62'135'596'800'000};
    QList<Millis> samples = fixed;
    QRandomGenerator rng(42);
    for (int i = 0; i < 2000; ++i)
        samples.append(qint64(rng.bounded(4'000'000'000'000.0)) - 1'000'000'000'000);
    for (Millis ms : samples) {
        const QString expected = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)
                                     .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz'Z'"));
        QCOMPARE(isoFromMillis(ms), expected);
    }
}

QTEST_GUILESS_MAIN(TestModel)
#include "tst_model.moc"

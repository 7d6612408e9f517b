// The server never falls over on input: hostile frames over real WebSockets, each
// answered with an error response, after which the server still answers.
#include "accesssupport.h"

#include <QTest>

using namespace presso;
using namespace presso::test;
using namespace Qt::StringLiterals;

namespace {
// A JSON array (or, with open and close, any list) of count copies of item, with %i
// replaced by the copy's index.
QString repeated(const QString &item, int count, const QString &open = u"["_s,
                 const QString &close = u"]"_s)
{
    QStringList items;
    items.reserve(count);
    for (int i = 0; i < count; ++i)
        items.append(QString(item).replace(u"%i"_s, QString::number(i)));
    return open + items.join(u',') + close;
}
} // namespace

class TestHostile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hostileFrames_data();
    void hostileFrames();
};

void TestHostile::hostileFrames_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("frame");
    QTest::addColumn<QString>("code");
    const auto row = [](const char *name, const char *role, const QString &frame,
                        const char *code) {
        QVERIFY(frame.toUtf8().size() <= 64 * 1024);
        QTest::newRow(name) << QString::fromLatin1(role) << frame << QString::fromLatin1(code);
    };
    const auto nested = [](int depth, const QString &inner) {
        return QString(depth, u'[') + inner + QString(depth, u']');
    };
    row("60k open brackets", "admin", QString(60'000, u'['), "BAD_REQUEST");
    row("60k open braces", "admin", u"{\"a\":"_s.repeated(12'000), "BAD_REQUEST");
    row("seq nested 5000 deep", "admin",
        request(u"h"_s, u"events.since"_s, uR"({"seq":%1})"_s.arg(nested(5000, u"1"_s))),
        "BAD_REQUEST");
    row("seq nested 1000 deep", "admin",
        request(u"h"_s, u"events.since"_s, uR"({"seq":%1})"_s.arg(nested(1000, u"1"_s))),
        "BAD_REQUEST");
    row("orderId nested objects", "barista",
        request(
            u"h"_s, u"order.claim"_s,
            uR"({"orderId":%1})"_s.arg(u"{\"a\":"_s.repeated(500) + u"1"_s + QString(500, u'}'))),
        "BAD_REQUEST");
    row("seq 1e308", "admin", request(u"h"_s, u"events.since"_s, uR"({"seq":1e308})"_s),
        "BAD_REQUEST");
    row("seq 1e999", "admin", request(u"h"_s, u"events.since"_s, uR"({"seq":1e999})"_s),
        "BAD_REQUEST");
    row("seq -1e999", "admin", request(u"h"_s, u"events.since"_s, uR"({"seq":-1e999})"_s),
        "BAD_REQUEST");
    row("seq 2^53+1", "admin", request(u"h"_s, u"events.since"_s, uR"({"seq":9007199254740993})"_s),
        "BAD_REQUEST");
    row("seq of 400 digits", "admin",
        request(u"h"_s, u"events.since"_s, uR"({"seq":%1})"_s.arg(QString(400, u'9'))),
        "BAD_REQUEST");
    row("limit 1e-300", "display", request(u"h"_s, u"orders.list"_s, uR"({"limit":1e-300})"_s),
        "BAD_REQUEST");
    row("limit -0", "display", request(u"h"_s, u"orders.list"_s, uR"({"limit":-0})"_s),
        "BAD_REQUEST");
    row("seq NaN literal", "admin", request(u"h"_s, u"events.since"_s, uR"({"seq":NaN})"_s),
        "BAD_REQUEST");
    row("seq Infinity literal", "admin",
        request(u"h"_s, u"events.since"_s, uR"({"seq":Infinity})"_s), "BAD_REQUEST");
    row("seq \"NaN\"", "admin", request(u"h"_s, u"events.since"_s, uR"({"seq":"NaN"})"_s),
        "BAD_REQUEST");
    row("seq \"-Infinity\"", "admin",
        request(u"h"_s, u"events.since"_s, uR"({"seq":"-Infinity"})"_s), "BAD_REQUEST");
    row("seq 0x10", "admin", request(u"h"_s, u"events.since"_s, uR"({"seq":0x10})"_s),
        "BAD_REQUEST");
    row("open \"true\"", "barista", request(u"h"_s, u"shop.setOpen"_s, uR"({"open":"true"})"_s),
        "BAD_REQUEST");
    row("unicode op", "admin", request(u"h"_s, u"p\u00efng"_s), "UNKNOWN_OP");
    row("emoji op and id", "admin", request(u"\U0001F600"_s, u"\U0001F375.get"_s), "UNKNOWN_OP");
    row("escaped NUL in op", "admin", request(u"h"_s, u"ping\\u0000"_s), "UNKNOWN_OP");
    row("lone surrogate in op", "admin", request(u"h"_s, u"ping\\ud800"_s), "UNKNOWN_OP");
    row("CJK orderId", "barista",
        request(u"h"_s, u"order.claim"_s, u"{\"orderId\":\"\u8ba2\u5355\"}"_s), "NOT_FOUND");
    row("NUL orderId", "barista", request(u"h"_s, u"order.claim"_s, uR"({"orderId":"\u0000"})"_s),
        "NOT_FOUND");
    row("SQL in orderId", "barista",
        request(u"h"_s, u"order.claim"_s, uR"({"orderId":"x' OR '1'='1"})"_s), "NOT_FOUND");
    row("right-to-left override in name", "kiosk",
        request(u"h"_s, u"qr.redeem"_s,
                uR"({"code":"AAAAAAAAAA","customerName":"Ana\u202Eevil"})"_s),
        "INVALID_ORDER");
    row("nulls everywhere in order.submit", "kiosk",
        request(
            u"h"_s, u"order.submit"_s,
            uR"({"orderId":null,"orderToken":null,"drink":null,"modifiers":null,"customerName":null})"_s),
        "BAD_REQUEST");
    row("null args", "barista",
        uR"({"type":null,"id":"h","op":"order.claim","args":null,"requestId":null})"_s,
        "BAD_REQUEST");
    row("null in modifiers", "kiosk",
        request(u"h"_s, u"order.submit"_s,
                uR"({"orderId":"o","orderToken":"t","drink":"Latte","modifiers":[null]})"_s),
        "BAD_REQUEST");
    row("nulls in device.add", "admin",
        request(u"h"_s, u"device.add"_s, uR"({"role":null,"name":null})"_s), "BAD_REQUEST");
    row("null hello args", "admin",
        request(u"h"_s, u"hello"_s, uR"({"protocol":null,"role":null,"token":null})"_s),
        "BAD_REQUEST");
    row("10k modifiers", "kiosk",
        request(u"h"_s, u"order.submit"_s,
                uR"({"orderId":"o","orderToken":"t","drink":"Latte","modifiers":%1})"_s.arg(
                    repeated(u"\"Oat\""_s, 10'000))),
        "BAD_REQUEST");
    row("10k states", "display",
        request(u"h"_s, u"orders.list"_s, uR"({"states":%1})"_s.arg(repeated(u"\"Q\""_s, 10'000))),
        "BAD_REQUEST");
    row("10k drinks", "admin",
        request(u"h"_s, u"menu.set"_s, uR"({"menu":%1})"_s.arg(repeated(u"{}"_s, 10'000))),
        "BAD_REQUEST");
    row("10k numbers as seq", "admin",
        request(u"h"_s, u"events.since"_s, uR"({"seq":%1})"_s.arg(repeated(u"0"_s, 10'000))),
        "BAD_REQUEST");
    row("10k numbers as a setting", "admin",
        request(u"h"_s, u"settings.set"_s, uR"({"orderUrl":%1})"_s.arg(repeated(u"1"_s, 10'000))),
        "BAD_REQUEST");
    row("5k unknown args", "barista",
        request(u"h"_s, u"order.claim"_s,
                repeated(u"\"k%i\":0"_s, 5000, u"{\"orderId\":\"none\","_s, u"}"_s)),
        "NOT_FOUND");
    row("60k-char orderId", "barista",
        request(u"h"_s, u"order.claim"_s, uR"({"orderId":"%1"})"_s.arg(QString(60'000, u'o'))),
        "BAD_REQUEST");
    row("60k-char name", "kiosk",
        request(u"h"_s, u"qr.redeem"_s,
                uR"({"code":"c","customerName":"%1"})"_s.arg(QString(60'000, u'n'))),
        "BAD_REQUEST");
    row("60k escaped chars", "barista",
        request(u"h"_s, u"order.claim"_s,
                uR"({"orderId":"%1"})"_s.arg(u"\\u00e9"_s.repeated(10'000))),
        "BAD_REQUEST");
}

void TestHostile::hostileFrames()
{
    QFETCH(QString, role);
    QFETCH(QString, frame);
    QFETCH(QString, code);
    TestShop shop;
    WsProbe &probe = probeOf(shop, *roleFromName(role));
    RawResponses raw(probe);
    probe.socket().sendTextMessage(frame);
    const QJsonObject res = raw.first();
    QCOMPARE(res.value(u"type"_s).toString(), u"res"_s);
    QCOMPARE(res.value(u"ok"_s), QJsonValue(false));
    QCOMPARE(res.value(u"error"_s)[u"code"_s].toString(), code);
    QVERIFY(probe.call(u"ping"_s).ok);
    QVERIFY(shop.admin->call(u"ping"_s).ok);
}

QTEST_GUILESS_MAIN(TestHostile)
#include "tst_hostile.moc"

// The QR code throttle: one code per bucket shared by every display, rotation when the
// clock crosses a bucket, tokens taken atomically, and the shop's refusals.
#include "testshop.h"

#include <QJsonArray>
#include <QTest>

using namespace presso;
using namespace presso::test;

namespace {
QJsonObject qrOf(WsProbe &probe)
{
    return probe.call(QStringLiteral("qr.current")).result.value(QStringLiteral("qr")).toObject();
}

Response redeem(WsProbe &kiosk, const QString &code)
{
    return kiosk.call(QStringLiteral("qr.redeem"), {{QStringLiteral("code"), code}});
}
} // namespace

class TestCodes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void codeShapeAndSharing();
    void rotatesWhenTheClockCrossesABucket();
    void tokensRunOut();
    void hundredConcurrentRedeemsOfTenTokens();
    void refusedWhenClosed();
    void refusedAtCapacity();
    void refusedWithoutABarista();
};

void TestCodes::codeShapeAndSharing()
{
    TestShop shop;
    const QJsonObject qr = qrOf(*shop.display);
    const QString code = qr.value(QStringLiteral("code")).toString();
    QVERIFY(QrCode::isWellFormedCode(code));
    // Phones order by default (phoneOrdering): the URL is the server's own page.
    const QString publicUrl = shop.display->call(QStringLiteral("config.get")).result.value(QStringLiteral("shop"))
                                  .toObject().value(QStringLiteral("publicUrl")).toString();
    QCOMPARE(qr.value(QStringLiteral("url")).toString(), publicUrl + QStringLiteral("/o?code=") + code);
    const qint64 bucket = shop.server.clock().now() / 300'000;
    QCOMPARE(qr.value(QStringLiteral("bucket")).toInteger(), bucket);
    QCOMPARE(qr.value(QStringLiteral("startsAt")).toString(), isoFromMillis(bucket * 300'000));
    QCOMPARE(qr.value(QStringLiteral("endsAt")).toString(), isoFromMillis((bucket + 1) * 300'000));
    QCOMPARE(qr.value(QStringLiteral("tokensTotal")).toInt(), 10);
    QCOMPARE(qr.value(QStringLiteral("tokensLeft")).toInt(), 10);

    // Every screen sees the same code: another display, the barista, the hello snapshot.
    auto second = shop.connect(Role::Display, shop.displayToken);
    QCOMPARE(qrOf(*second), qr);
    QCOMPARE(qrOf(*shop.barista), qr);
    WsProbe third(shop.server.url());
    const QJsonObject hello = third.join(Role::Display, shop.displayToken);
    QCOMPARE(hello.value(QStringLiteral("snapshot")).toObject().value(QStringLiteral("qr")).toObject(), qr);
    // ... and it survives a restart.
    shop.server.restart();
    WsProbe afterRestart(shop.server.url());
    QCOMPARE(afterRestart.join(Role::Display, shop.displayToken).value(QStringLiteral("snapshot")).toObject()
                 .value(QStringLiteral("qr")).toObject(), qr);
}

void TestCodes::rotatesWhenTheClockCrossesABucket()
{
    TestShop shop;
    const QJsonObject first = qrOf(*shop.display);
    const QString oldCode = first.value(QStringLiteral("code")).toString();
    shop.clearEvents();
    const Millis boundary = millisFromIso(first.value(QStringLiteral("endsAt")).toString()).value();
    shop.server.clock().setNow(boundary - 1);
    shop.display->call(QStringLiteral("ping"));
    QVERIFY(shop.display->eventsOf(EventType::NewCode).isEmpty());
    shop.server.clock().setNow(boundary);
    const auto newCode = shop.display->waitForEvent(EventType::NewCode);
    QVERIFY(newCode);
    const QJsonObject next = newCode->event.detail;
    QCOMPARE(next.value(QStringLiteral("bucket")).toInteger(), first.value(QStringLiteral("bucket")).toInteger() + 1);
    QVERIFY(next.value(QStringLiteral("code")).toString() != oldCode);
    QCOMPARE(qrOf(*shop.display), next);
    QVERIFY(shop.barista->waitForEvent(EventType::NewCode));
    QVERIFY(shop.admin->waitForEvent(EventType::NewCode));
    shop.kiosk->call(QStringLiteral("ping"));
    QVERIFY(shop.kiosk->eventsOf(EventType::NewCode).isEmpty());

    // The old code is refused; the new one works, also given as the scanned URL.
    QCOMPARE(redeem(*shop.kiosk, oldCode).error.code, ErrorCode::InvalidCode);
    QCOMPARE(redeem(*shop.kiosk, QStringLiteral("AAAAAAAAAA")).error.code, ErrorCode::InvalidCode);
    QVERIFY(redeem(*shop.kiosk, next.value(QStringLiteral("url")).toString()).ok);
}

void TestCodes::tokensRunOut()
{
    TestShop shop;
    const QString code = shop.currentCode();
    shop.clearEvents();
    // A new size applies to the current code at once, announced to the screens.
    QVERIFY(shop.admin->call(QStringLiteral("settings.set"), {{QStringLiteral("drinksPerCode"), 3}}).ok);
    const auto announced = shop.display->waitForEvent(EventType::NewCode);
    QVERIFY(announced);
    QCOMPARE(announced->event.detail.value(QStringLiteral("code")).toString(), code);
    QCOMPARE(announced->event.detail.value(QStringLiteral("tokensTotal")).toInt(), 3);
    QCOMPARE(announced->event.detail.value(QStringLiteral("tokensLeft")).toInt(), 3);
    shop.clearEvents();
    for (int left = 2; left >= 0; --left) {
        const Response r = redeem(*shop.kiosk, code);
        QVERIFY2(r.ok, qPrintable(r.error.message));
        const auto e = shop.display->waitForEvent(EventType::NewOrder);
        QVERIFY(e);
        shop.display->clearEvents();
        QCOMPARE(e->event.detail.value(QStringLiteral("tokensLeft")).toInt(), left);
    }
    const Response none = redeem(*shop.kiosk, code);
    QCOMPARE(none.error.code, ErrorCode::NoTokens);
    QCOMPARE(qrOf(*shop.display).value(QStringLiteral("tokensLeft")).toInt(), 0);

    // Raising it again reopens the code; the three taken stay taken.
    QVERIFY(shop.admin->call(QStringLiteral("settings.set"), {{QStringLiteral("drinksPerCode"), 5}}).ok);
    QCOMPARE(qrOf(*shop.display).value(QStringLiteral("tokensLeft")).toInt(), 2);
    QVERIFY(redeem(*shop.kiosk, code).ok);
    // The next bucket's code starts full.
    shop.server.clock().advance(300'000);
    QCOMPARE(qrOf(*shop.display).value(QStringLiteral("tokensLeft")).toInt(), 5);
}

void TestCodes::hundredConcurrentRedeemsOfTenTokens()
{
    TestShop shop;
    const QString code = shop.currentCode();
    std::vector<std::unique_ptr<WsProbe>> kiosks;
    for (int k = 0; k < 10; ++k) {
        const QString token = shop.server.addDevice(Role::Kiosk, QStringLiteral("rush-%1").arg(k));
        kiosks.push_back(shop.connect(Role::Kiosk, token));
    }
    // Every request is on the wire before the first answer is read.
    const QString frame = QStringLiteral(R"({"type":"req","id":"r-%1","op":"qr.redeem","args":{"code":"%2"}})");
    for (int i = 0; i < 10; ++i) {
        for (auto &k : kiosks)
            k->socket().sendTextMessage(frame.arg(i).arg(code));
    }
    int ok = 0;
    int noTokens = 0;
    QSet<QString> orderIds;
    for (auto &k : kiosks) {
        const QList<Response> answers = k->takeResponses(10);
        QCOMPARE(answers.size(), 10);
        for (int i = 0; i < 10; ++i) {
            QCOMPARE(answers.at(i).id.toString(), QStringLiteral("r-%1").arg(i)); // in request order
            if (answers.at(i).ok) {
                ++ok;
                orderIds.insert(answers.at(i).result.value(QStringLiteral("orderId")).toString());
            } else {
                QCOMPARE(answers.at(i).error.code, ErrorCode::NoTokens);
                ++noTokens;
            }
        }
    }
    QCOMPARE(ok, 10);
    QCOMPARE(noTokens, 90);
    QCOMPARE(orderIds.size(), 10);
    QCOMPARE(qrOf(*shop.display).value(QStringLiteral("tokensLeft")).toInt(), 0);
    QCOMPARE(shop.server.services().storage.countOpenOrders(), 10);
}

void TestCodes::refusedWhenClosed()
{
    TestShop shop;
    QVERIFY(shop.barista->call(QStringLiteral("shop.setOpen"), {{QStringLiteral("open"), false}}).ok);
    QVERIFY(shop.kiosk->waitForEvent(EventType::ConfigChanged));
    shop.clearEvents();
    const Response r = redeem(*shop.kiosk, shop.currentCode());
    QCOMPARE(r.error.code, ErrorCode::ShopClosed);
    const auto e = shop.barista->waitForEvent(EventType::ShopUnavailable);
    QVERIFY(e);
    QCOMPARE(e->event.detail.value(QStringLiteral("reason")).toString(), QStringLiteral("closed"));
    shop.display->call(QStringLiteral("ping"));
    QVERIFY(shop.display->eventsOf(EventType::ShopUnavailable).isEmpty());
    // A refused redeem uses no token.
    QCOMPARE(qrOf(*shop.display).value(QStringLiteral("tokensLeft")).toInt(), 10);
    QVERIFY(shop.barista->call(QStringLiteral("shop.setOpen"), {{QStringLiteral("open"), true}}).ok);
    QVERIFY(redeem(*shop.kiosk, shop.currentCode()).ok);
}

void TestCodes::refusedAtCapacity()
{
    TestShop shop;
    QVERIFY(shop.admin->call(QStringLiteral("settings.set"), {{QStringLiteral("maxOrdersInQueue"), 2}}).ok);
    QVERIFY(redeem(*shop.kiosk, shop.currentCode()).ok);
    QVERIFY(!shop.placeOrder(*shop.kiosk).isEmpty());
    shop.clearEvents();
    QCOMPARE(redeem(*shop.kiosk, shop.currentCode()).error.code, ErrorCode::AtCapacity);
    const auto e = shop.admin->waitForEvent(EventType::ShopUnavailable);
    QVERIFY(e);
    QCOMPARE(e->event.detail.value(QStringLiteral("reason")).toString(), QStringLiteral("capacity"));
    QCOMPARE(qrOf(*shop.display).value(QStringLiteral("tokensLeft")).toInt(), 8);
}

void TestCodes::refusedWithoutABarista()
{
    TestShop shop;
    shop.barista->socket().close();
    QVERIFY(shop.barista->waitForClose());
    QTRY_VERIFY(!shop.server.services().publisher.baristaPresent(mainShopId()));
    const Response r = redeem(*shop.kiosk, shop.currentCode());
    QCOMPARE(r.error.code, ErrorCode::ShopClosed);
    const auto e = shop.admin->waitForEvent(EventType::ShopUnavailable);
    QVERIFY(e);
    QCOMPARE(e->event.detail.value(QStringLiteral("reason")).toString(), QStringLiteral("no_barista"));
}

QTEST_GUILESS_MAIN(TestCodes)
#include "tst_codes.moc"

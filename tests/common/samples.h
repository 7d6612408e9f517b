#pragma once

// Realistic domain objects shared by the presso-common tests, QTest printers for them, and
// small helpers for building and checking JSON.

#include "event.h"
#include "frames.h"
#include "menu.h"
#include "order.h"
#include "qrcode.h"
#include "shopsettings.h"

#include <QJsonDocument>

namespace presso {

inline char *jsonString(const QJsonObject &o)
{
    return qstrdup(QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
}

// Found by QCOMPARE through argument-dependent lookup, so a failure shows the objects.
inline char *toString(const Order &o)
{
    return jsonString(o.toJson());
}
inline char *toString(const Menu &m)
{
    return jsonString(QJsonObject{{QStringLiteral("menu"), m.toJson()}});
}
inline char *toString(const ShopSettings &s)
{
    return jsonString(s.toJson());
}
inline char *toString(const QrCode &q)
{
    return jsonString(q.toJson());
}
inline char *toString(const Event &e)
{
    return jsonString(e.toJson());
}
inline char *toString(const EventFrame &f)
{
    return jsonString(f.toJson());
}
inline char *toString(const Request &r)
{
    return jsonString(r.toJson());
}
inline char *toString(const Response &r)
{
    return jsonString(r.toJson());
}
inline char *toString(const Error &e)
{
    return qstrdup(qPrintable(errorCodeName(e.code) + QStringLiteral(": ") + e.message));
}

namespace samples {

constexpr Millis kNow = 1795383753123; // 2026-11-22T21:42:33.123Z
constexpr Millis kMinute = 60'000;
constexpr qint64 kIntervalMs = 300'000;

inline Menu menu()
{
    const ModifierGroup milk{QStringLiteral("Milk"),
                             {QStringLiteral("Regular"), QStringLiteral("Oat")}};
    const ModifierGroup size{QStringLiteral("Size"),
                             {QStringLiteral("Small"), QStringLiteral("Large")}};
    return Menu({
        {QStringLiteral("Espresso"), QStringLiteral("espresso"), true, {}, {}},
        {QStringLiteral("Latte"), QStringLiteral("latte"), true, {milk, size}, {}},
        {QStringLiteral("Flat White"), QStringLiteral("flat-white"), true, {milk}, {}},
        {QStringLiteral("Coffee of the day"), QStringLiteral("coffee-of-the-day"), false, {}, {}},
    });
}

inline ShopSettings shop()
{
    ShopSettings s;
    s.maxOrdersInQueue = 12;
    s.drinksPerCode = 8;
    s.codeIntervalSec = 300;
    s.codeHideBeforeEndSec = 20;
    s.customerTimeoutSec = 240;
    s.baristaTimeoutSec = 1200;
    s.orderUrl = QStringLiteral("presso:order");
    return s;
}

inline QrCode qr()
{
    QrCode q;
    q.code = QStringLiteral("AbC_12-xyZ");
    q.url = QrCode::urlFor(shop().orderUrl, q.code);
    q.bucket = kNow / kIntervalMs;
    q.startsAt = q.bucket * kIntervalMs;
    q.endsAt = q.startsAt + kIntervalMs;
    q.tokensTotal = 8;
    q.tokensLeft = 5;
    return q;
}

// Code redeemed, the customer is choosing.
inline Order awaitingOrder()
{
    Order o;
    o.id.value = QStringLiteral("7c9e6679-7425-40de-944b-e07fc1f90ae7");
    o.customerName = QStringLiteral("Ana");
    o.createdAt = kNow - kMinute;
    o.deadline = o.createdAt + 240'000;
    return o;
}

inline Order queuedOrder()
{
    Order o;
    o.id.value = QStringLiteral("1b4e28ba-2fa1-11d2-883f-0016d3cca427");
    o.number = 17;
    o.state = OrderState::Queued;
    o.customerName = QStringLiteral("Jörg");
    o.drink = QStringLiteral("Latte");
    o.modifiers = {QStringLiteral("Oat"), QStringLiteral("Large")};
    o.icon = QStringLiteral("latte");
    o.createdAt = kNow - 3 * kMinute;
    o.submittedAt = kNow - 2 * kMinute + 7;
    o.deadline = *o.submittedAt + 1'200'000;
    return o;
}

inline Order inProductionOrder()
{
    Order o = queuedOrder();
    o.id.value = QStringLiteral("9a0b8c2d-5e4f-4a1b-8c7d-6e5f4a3b2c1d");
    o.number = 16;
    o.state = OrderState::InProduction;
    o.customerName = QStringLiteral("Sam");
    o.drink = QStringLiteral("Flat White");
    o.modifiers = {QStringLiteral("Regular")};
    o.icon = QStringLiteral("flat-white");
    o.claimedAt = kNow - kMinute + 500;
    o.baristaId = QStringLiteral("bar-left");
    return o;
}

inline Order completedOrder()
{
    Order o = inProductionOrder();
    o.id.value = QStringLiteral("3f2504e0-4f89-11d3-9a0c-0305e82c3301");
    o.number = 15;
    o.state = OrderState::Completed;
    o.drink = QStringLiteral("Espresso");
    o.modifiers = {};
    o.icon = QStringLiteral("espresso");
    o.completedAt = kNow - 1;
    o.finishedAt = o.completedAt;
    return o;
}

inline Order cancelledOrder()
{
    Order o = queuedOrder();
    o.id.value = QStringLiteral("c56a4180-65aa-42ec-a945-5fd21dec0538");
    o.number = 14;
    o.state = OrderState::Cancelled;
    o.customerName.clear();
    o.finishedAt = kNow - 10 * kMinute;
    o.reason = QStringLiteral("barista");
    return o;
}

inline Order timedOutOrder()
{
    Order o = awaitingOrder();
    o.id.value = QStringLiteral("e4eaaaf2-d142-11e1-b3e4-080027620cdd");
    o.state = OrderState::TimedOut;
    o.finishedAt = *o.deadline;
    o.reason = QStringLiteral("customer_timeout");
    return o;
}

inline QList<Order> allOrders()
{
    return {awaitingOrder(),  queuedOrder(),    inProductionOrder(),
            completedOrder(), cancelledOrder(), timedOutOrder()};
}

inline Event orderEvent(EventType type, const Order &order, Millis time)
{
    return Event{QStringLiteral("f47ac10b-58cc-4372-a567-0e02b2c3d479"), type, time,
                 QJsonObject{{QStringLiteral("order"), order.toJson()}}};
}

} // namespace samples

namespace testing {

template<typename T> QString errorOf(const Result<T> &r)
{
    return r.ok() ? QString() : r.error().message;
}

// o with key set to v, or removed when v is undefined.
inline QJsonObject with(QJsonObject o, const char *key, const QJsonValue &v)
{
    if (v.isUndefined())
        o.remove(QLatin1String(key));
    else
        o.insert(QLatin1String(key), v);
    return o;
}

inline QJsonArray parseArray(const char *json)
{
    return QJsonDocument::fromJson(json).array();
}

inline const QString kBadTime = QStringLiteral(": expected an ISO-8601 UTC timestamp");

inline QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

inline QStringList keysOf(const QJsonObject &o)
{
    return sorted(o.keys());
}

// A zone far from UTC, so that any reading of a timestamp as local time shows. Call it
// before the first timestamp is read (initTestCase).
inline void useFarTimeZone()
{
    qputenv("TZ", "<+0545>-5:45");
}

} // namespace testing
} // namespace presso

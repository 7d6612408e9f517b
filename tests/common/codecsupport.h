#pragma once

// Builds protocol results and event details from model objects and decodes them back the
// way a client does, for the presso-common codec tests.

#include "samples.h"

#include "jsonreader.h"

#include <QTest>

namespace presso::testing {

// The model objects a result or an event detail is built from, under protocol.md's names.
struct Models
{
    std::optional<ShopSettings> shop = std::nullopt;
    std::optional<Menu> menu = std::nullopt;
    std::optional<QrCode> qr = std::nullopt;
    std::optional<Order> order = std::nullopt;
    std::optional<QList<Order>> orders = std::nullopt;
    std::optional<QList<EventFrame>> events = std::nullopt;
};

inline QJsonObject encodeModels(const Models &m)
{
    QJsonObject o;
    if (m.shop)
        o.insert(QStringLiteral("shop"), m.shop->toJson());
    if (m.menu)
        o.insert(QStringLiteral("menu"), m.menu->toJson());
    if (m.qr)
        o.insert(QStringLiteral("qr"), m.qr->toJson());
    if (m.order)
        o.insert(QStringLiteral("order"), m.order->toJson());
    if (m.orders) {
        QJsonArray a;
        for (const Order &order : *m.orders)
            a.append(order.toJson());
        o.insert(QStringLiteral("orders"), a);
    }
    if (m.events) {
        QJsonArray a;
        for (const EventFrame &f : *m.events)
            a.append(QJsonObject{{QStringLiteral("seq"), f.seq},
                                 {QStringLiteral("event"), f.event.toJson()}});
        o.insert(QStringLiteral("events"), a);
    }
    return o;
}

// What a client gets back out of json with the model decoders; the first error if any.
inline Result<Models> decodeModels(const QJsonObject &json, const QString &path)
{
    Models m;
    JsonReader r(json, path);
    if (r.has(QStringLiteral("shop"))) {
        auto shop = ShopSettings::fromJson(r.object(QStringLiteral("shop")),
                                           r.path(QStringLiteral("shop")));
        if (!shop)
            return shop.error();
        m.shop = *shop;
    }
    if (r.has(QStringLiteral("menu"))) {
        auto menu =
            Menu::fromJson(r.array(QStringLiteral("menu"), 100), r.path(QStringLiteral("menu")));
        if (!menu)
            return menu.error();
        m.menu = *menu;
    }
    if (r.has(QStringLiteral("qr"))) {
        auto qr = QrCode::fromJson(r.object(QStringLiteral("qr")), r.path(QStringLiteral("qr")));
        if (!qr)
            return qr.error();
        m.qr = *qr;
    }
    if (r.has(QStringLiteral("order"))) {
        auto order =
            Order::fromJson(r.object(QStringLiteral("order")), r.path(QStringLiteral("order")));
        if (!order)
            return order.error();
        m.order = *order;
    }
    if (r.has(QStringLiteral("orders"))) {
        m.orders.emplace();
        const QJsonArray a = r.array(QStringLiteral("orders"), 1000);
        for (qsizetype i = 0; i < a.size(); ++i) {
            auto order =
                Order::fromJson(a.at(i).toObject(), r.path(QStringLiteral("orders[%1]").arg(i)));
            if (!order)
                return order.error();
            m.orders->append(*order);
        }
    }
    if (r.has(QStringLiteral("events"))) {
        m.events.emplace();
        const QJsonArray a = r.array(QStringLiteral("events"), 5000);
        for (qsizetype i = 0; i < a.size() && r.ok(); ++i) {
            JsonReader er(a.at(i).toObject(), r.path(QStringLiteral("events[%1]").arg(i)));
            EventFrame f;
            f.seq = er.integer64(QStringLiteral("seq"), 1, qint64(1) << 52);
            auto event = Event::fromJson(er.object(QStringLiteral("event")),
                                         er.path(QStringLiteral("event")));
            if (!er.ok())
                return er.error();
            if (!event)
                return event.error();
            f.event = *event;
            m.events->append(f);
        }
    }
    if (!r.ok())
        return r.error();
    return m;
}

template<typename T> void compareOptional(const std::optional<T> &got, const std::optional<T> &want)
{
    QCOMPARE(got.has_value(), want.has_value());
    if (want)
        QCOMPARE(*got, *want);
}

inline void compareModels(const Models &got, const Models &want)
{
    compareOptional(got.shop, want.shop);
    compareOptional(got.menu, want.menu);
    compareOptional(got.qr, want.qr);
    compareOptional(got.order, want.order);
    compareOptional(got.orders, want.orders);
    compareOptional(got.events, want.events);
}

inline QJsonObject merged(QJsonObject into, const QJsonObject &from)
{
    for (auto it = from.begin(); it != from.end(); ++it)
        into.insert(it.key(), it.value());
    return into;
}

} // namespace presso::testing

Q_DECLARE_METATYPE(presso::testing::Models)

#pragma once

// Helpers shared by the customer role's tests: a phone as the page is one, a raw
// protocol client saying hello as role `customer`.
#include "rawws.h"
#include "testshop.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

namespace presso::test {

struct Phone
{
    std::unique_ptr<WsProbe> probe;
    Response hello;
    QString token() const { return hello.result.value(QStringLiteral("customerToken")).toString(); }
    WsProbe *operator->() { return probe.get(); }
};

// Connects a phone and says hello (with the token it kept, if any).
inline Phone connectPhone(const QUrl &url, const QString &customerToken = {}, qint64 resumeFrom = -1)
{
    Phone p{std::make_unique<WsProbe>(url), {}};
    if (p.probe->connectNow())
        p.hello = p.probe->helloCustomer(customerToken, resumeFrom);
    return p;
}

inline QJsonObject orderArgs(const TestShop::Redeemed &order)
{
    return {{QStringLiteral("orderId"), order.orderId}, {QStringLiteral("orderToken"), order.orderToken}};
}

// Submits a Latte with Oat for an order the probe redeemed.
inline Response submitLatte(WsProbe &probe, const TestShop::Redeemed &order)
{
    QJsonObject args = orderArgs(order);
    args.insert(QStringLiteral("drink"), QStringLiteral("Latte"));
    args.insert(QStringLiteral("modifiers"), QJsonArray{QStringLiteral("Oat")});
    return probe.call(QStringLiteral("order.submit"), args);
}

// The ids of the orders whose events the probe received.
inline QStringList orderIdsInEvents(const WsProbe &probe)
{
    QStringList ids;
    for (const EventFrame &f : probe.events()) {
        const QString id = f.event.detail.value(QStringLiteral("order")).toObject().value(QStringLiteral("id")).toString();
        if (!id.isEmpty() && !ids.contains(id))
            ids.append(id);
    }
    return ids;
}

// Says hello as a customer over a bare TCP socket and returns the close code the server
// sends, as a browser reads it off the wire (Qt's own client refuses codes it does not
// know, such as 1013, and reports 1002 instead). -1 if no close frame came.
inline int closeCodeOnTheWire(const QUrl &url, int timeoutMs = 5000)
{
    // The server runs on this thread: wait on signals, never block it.
    RawWs ws(url);
    ws.hello({{QStringLiteral("protocol"), 1}, {QStringLiteral("role"), QStringLiteral("customer")}});
    ws.open();
    if (!QTest::qWaitFor([&] { return ws.isFinished(); }, timeoutMs))
        return -1;
    return ws.closeCode();
}

inline int tokensLeft(TestShop &shop)
{
    return shop.admin->call(QStringLiteral("qr.current")).result.value(QStringLiteral("qr")).toObject().value(QStringLiteral("tokensLeft")).toInt();
}

} // namespace presso::test

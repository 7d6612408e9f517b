#pragma once

// Helpers shared by the customer role's tests: a phone as the page is one, a raw
// protocol client saying hello as role `customer`.
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
    QTcpSocket tcp;
    QSignalSpy connected(&tcp, &QTcpSocket::connected);
    QSignalSpy readable(&tcp, &QTcpSocket::readyRead);
    const auto waitForData = [&] { return !readable.isEmpty() || readable.wait(timeoutMs); };
    tcp.connectToHost(url.host(), quint16(url.port()));
    if (!connected.wait(timeoutMs))
        return -1;
    tcp.write(QStringLiteral("GET / HTTP/1.1\r\nHost: %1:%2\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                             "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
                             "Sec-WebSocket-Protocol: presso.v1\r\n\r\n")
                  .arg(url.host())
                  .arg(url.port())
                  .toLatin1());
    QByteArray in;
    while (!in.contains("\r\n\r\n") && waitForData()) {
        readable.clear();
        in += tcp.readAll();
    }
    in = in.mid(in.indexOf("\r\n\r\n") + 4);
    const QByteArray hello = R"({"type":"req","id":"h","op":"hello","args":{"protocol":1,"role":"customer"}})";
    QByteArray frame{"\x81"};
    frame += char(0x80 | hello.size()); // masked, under 126 bytes; mask 0 leaves the text as it is
    frame += QByteArray(4, '\0') + hello;
    tcp.write(frame);
    for (;;) {
        while (in.size() >= 2) {
            const int opcode = quint8(in[0]) & 0x0f;
            qsizetype length = quint8(in[1]) & 0x7f, header = 2;
            if (length == 126) {
                if (in.size() < 4)
                    break;
                length = (quint8(in[2]) << 8) | quint8(in[3]);
                header = 4;
            }
            if (in.size() < header + length)
                break;
            if (opcode == 0x8)
                return length >= 2 ? (quint8(in[header]) << 8) | quint8(in[header + 1]) : -1;
            in.remove(0, header + length);
        }
        if (!waitForData())
            return -1;
        readable.clear();
        in += tcp.readAll();
    }
}

inline int tokensLeft(TestShop &shop)
{
    return shop.admin->call(QStringLiteral("qr.current")).result.value(QStringLiteral("qr")).toObject().value(QStringLiteral("tokensLeft")).toInt();
}

} // namespace presso::test

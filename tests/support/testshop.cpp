#include "testshop.h"

#include <QJsonArray>
#include <QTest>
#include <memory>
#include <stdexcept>

namespace presso::test {

TestShop::TestShop(const QString &database)
    : server(database)
{
    adminToken = server.addDevice(Role::Admin, QStringLiteral("admin-1"));
    baristaToken = server.addDevice(Role::Barista, QStringLiteral("barista-1"));
    displayToken = server.addDevice(Role::Display, QStringLiteral("display-1"));
    kioskToken = server.addDevice(Role::Kiosk, QStringLiteral("kiosk-1"));
    kiosk2Token = server.addDevice(Role::Kiosk, QStringLiteral("kiosk-2"));
    admin = connect(Role::Admin, adminToken);
    barista = connect(Role::Barista, baristaToken);
    display = connect(Role::Display, displayToken);
    kiosk = connect(Role::Kiosk, kioskToken);
    kiosk2 = connect(Role::Kiosk, kiosk2Token);
}

std::unique_ptr<WsProbe> TestShop::connect(Role role, const QString &token)
{
    auto probe = std::make_unique<WsProbe>(server.url());
    if (probe->join(role, token).isEmpty())
        throw std::runtime_error("a test probe could not say hello as " + roleName(role).toStdString());
    return probe;
}

PressoClientOptions TestShop::clientOptions(Role role, const QString &token)
{
    PressoClientOptions o;
    o.servers = {server.url()};
    o.role = role;
    o.token = token;
    o.clock = &server.clock();
    o.requestTimeout = std::chrono::milliseconds(3000);
    o.pingInterval = std::chrono::milliseconds(300);
    o.deadLinkTimeout = std::chrono::milliseconds(1500);
    o.minBackoff = std::chrono::milliseconds(100);
    o.maxBackoff = std::chrono::milliseconds(500);
    return o;
}

QJsonObject TestShop::currentQr()
{
    return admin->call(QStringLiteral("qr.current")).result.value(QStringLiteral("qr")).toObject();
}

QString TestShop::currentCode()
{
    return currentQr().value(QStringLiteral("code")).toString();
}

void TestShop::clearEvents()
{
    for (auto *p : {admin.get(), barista.get(), display.get(), kiosk.get(), kiosk2.get()})
        p->clearEvents();
}

TestShop::Redeemed TestShop::redeem(WsProbe &kioskProbe, const QString &customerName)
{
    const Response r = kioskProbe.call(QStringLiteral("qr.redeem"),
                                       {{QStringLiteral("code"), currentCode()},
                                        {QStringLiteral("customerName"), customerName}});
    if (!r.ok)
        return {};
    return {r.result.value(QStringLiteral("orderId")).toString(),
            r.result.value(QStringLiteral("orderToken")).toString()};
}

QJsonObject TestShop::placeOrder(WsProbe &kioskProbe, Redeemed *redeemed, const QString &drink,
                                 const QStringList &modifiers, const QString &customerName)
{
    const Redeemed red = redeem(kioskProbe, customerName);
    if (redeemed)
        *redeemed = red;
    if (red.orderId.isEmpty())
        return {};
    const Response r = kioskProbe.call(QStringLiteral("order.submit"),
                                       {{QStringLiteral("orderId"), red.orderId},
                                        {QStringLiteral("orderToken"), red.orderToken},
                                        {QStringLiteral("drink"), drink},
                                        {QStringLiteral("modifiers"), QJsonArray::fromStringList(modifiers)}});
    return r.ok ? r.result.value(QStringLiteral("order")).toObject() : QJsonObject();
}

bool barrier(PressoClient &client, int timeoutMs)
{
    // Shared: a late answer after a timeout must not write to a stack that is gone.
    auto answered = std::make_shared<bool>(false);
    client.request(QStringLiteral("ping"), {}, [answered](const Response &r) { *answered = r.ok; });
    return QTest::qWaitFor([&] { return *answered; }, timeoutMs);
}

} // namespace presso::test

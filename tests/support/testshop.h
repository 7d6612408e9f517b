#pragma once

#include "pressoclient.h"
#include "testserver.h"
#include "wsprobe.h"

#include <memory>

namespace presso::test {

// A running shop for tests: a TestServer with one connected probe per role (and a
// second kiosk), each having said hello. Helpers walk an order through its journey.
class TestShop
{
public:
    // database: as TestServer's, empty for the SQLite file.
    explicit TestShop(const QString &database = {});

    TestServer server;
    QString adminToken, baristaToken, displayToken, kioskToken, kiosk2Token;
    std::unique_ptr<WsProbe> admin, barista, display, kiosk, kiosk2;

    std::unique_ptr<WsProbe> connect(Role role, const QString &token);
    // Options for an app's PressoClient on this shop: its clock, and intervals short
    // enough that a test sees a reconnect within a second or two.
    PressoClientOptions clientOptions(Role role, const QString &token);
    // The current code's qr object, as the admin reads it.
    QJsonObject currentQr();
    QString currentCode();
    void clearEvents();

    struct Redeemed
    {
        QString orderId;
        QString orderToken;
    };
    // Redeems the current code as the kiosk; fails the test (returns empty) if refused.
    Redeemed redeem(WsProbe &kioskProbe, const QString &customerName = QStringLiteral("Ana"));
    // Redeem and submit a Latte with Oat; returns the submitted order's JSON.
    QJsonObject placeOrder(WsProbe &kioskProbe, Redeemed *redeemed = nullptr,
                           const QString &drink = QStringLiteral("Latte"),
                           const QStringList &modifiers = {QStringLiteral("Oat")},
                           const QString &customerName = QStringLiteral("Ana"));
};

// Waits until everything the server sent client before now has reached it: a ping, whose
// answer comes after every event the server had sent on that connection. A test asserts
// an absence ("the screen did not change") only after this.
bool barrier(PressoClient &client, int timeoutMs = 10'000);

} // namespace presso::test

#pragma once

#include "baristawindow.h"
#include "ordercard.h"
#include "pressoclient.h"
#include "testshop.h"

#include <QPushButton>
#include <QTest>

namespace presso::test {

// The barista's tablet on a test shop: its client and window at 1280×800, started.
struct Tablet
{
    explicit Tablet(TestShop &shop)
        : client(shop.clientOptions(Role::Barista, shop.baristaToken))
        , window(client)
    {
        window.resize(1280, 800);
        window.show();
        client.start();
    }
    bool ready() { return QTest::qWaitFor([&] { return client.isLive(); }, 10'000); }
    QPushButton *button(const QString &orderId, const char *name)
    {
        OrderCard *card = window.card(orderId);
        return card ? card->findChild<QPushButton *>(QString::fromLatin1(name)) : nullptr;
    }
    // Places an order at the kiosk; its id once the tablet shows it, or empty.
    QString placeOrder(TestShop &shop)
    {
        const QString id = shop.placeOrder(*shop.kiosk).value(QStringLiteral("id")).toString();
        return QTest::qWaitFor([&] { return window.model().order(id).has_value(); }) ? id : QString();
    }

    PressoClient client;
    BaristaWindow window;
};

} // namespace presso::test

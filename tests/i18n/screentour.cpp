#include "screentour.h"

#include "baristawindow.h"
#include "devicesetup.h"
#include "displaywindow.h"
#include "kioskwindow.h"
#include "ordercard.h"
#include "refusedscreen.h"
#include "setupdialog.h"
#include "testshop.h"

#include <QJsonArray>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QToolButton>

namespace presso::test {

namespace {
const QSize kTablet(1280, 800);
const QSize kTv(1920, 1080);

// What a screen shows that is data, not words of presso's: the menu, the test's customers.
QStringList dataWords(const Menu &menu)
{
    QStringList words{QStringLiteral("presso"), QStringLiteral("Ana"), QStringLiteral("Ben"), QStringLiteral("Chen"),
                      QStringLiteral("Dara"), QStringLiteral("Eli"), QStringLiteral("Femi"), QStringLiteral("127.0.0.1"),
                      QStringLiteral("ws://"), QStringLiteral("PDF")};
    for (const MenuItem &item : menu.items()) {
        words << item.drink;
        for (const ModifierGroup &group : item.modifiers)
            words << group.options << group.name;
    }
    // Longest first, so that "Flat White" goes before "White" could.
    std::sort(words.begin(), words.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return words;
}

QString placeOrder(TestShop &shop, const QString &name, const QString &drink)
{
    const auto red = shop.redeem(*shop.kiosk, name);
    const bool milk = drink != QLatin1String("Espresso");
    const Response r = shop.kiosk->call(QStringLiteral("order.submit"),
        {{QStringLiteral("orderId"), red.orderId}, {QStringLiteral("orderToken"), red.orderToken},
         {QStringLiteral("drink"), drink}, {QStringLiteral("modifiers"), milk ? QJsonArray{QStringLiteral("Oat")} : QJsonArray{}}});
    return r.ok ? red.orderId : QString();
}

bool act(TestShop &shop, const char *op, const QString &id)
{
    return shop.barista->call(QString::fromLatin1(op), {{QStringLiteral("orderId"), id}}).ok;
}
} // namespace

void tourDisplay(const LookAt &look)
{
    TestShop shop;
    PressoClient client(shop.clientOptions(Role::Display, shop.displayToken));
    DisplayWindow window(client, false);
    window.resize(kTv);
    window.show();
    client.start();
    QVERIFY(QTest::qWaitFor([&] { return client.isLive() && window.model().hasConfig(); }, 10'000));
    const QStringList data = dataWords(Menu{}) << QStringLiteral("Flat White") << QStringLiteral("Latte")
                                               << QStringLiteral("Espresso") << QStringLiteral("Cappuccino")
                                               << QStringLiteral("Oat") << shop.currentCode();
    look(window, QStringLiteral("display-1-empty"), data);
    window.resize(1366, 768);
    look(window, QStringLiteral("display-1-empty-1366x768"), data);
    window.resize(kTv);

    const QStringList drinks{QStringLiteral("Latte"), QStringLiteral("Flat White"), QStringLiteral("Espresso"),
                             QStringLiteral("Cappuccino"), QStringLiteral("Latte")};
    const QStringList names{QStringLiteral("Ana"), QStringLiteral("Ben"), QStringLiteral("Chen"), QStringLiteral("Dara"),
                            QStringLiteral("Eli")};
    QStringList ids;
    for (int i = 0; i < names.size(); ++i)
        ids << placeOrder(shop, names.at(i), drinks.at(i));
    QVERIFY(!ids.contains(QString()));
    QVERIFY(act(shop, "order.claim", ids.at(0)) && act(shop, "order.complete", ids.at(0)));
    QVERIFY(act(shop, "order.claim", ids.at(1)));
    QTRY_COMPARE(window.model().ready().size(), 1);
    QTRY_COMPARE(window.model().preparing().size(), 4);
    look(window, QStringLiteral("display-2-board"), data);

    QVERIFY(shop.admin->call(QStringLiteral("settings.set"), {{QStringLiteral("drinksPerCode"), 1}}).ok);
    QTRY_VERIFY(!window.model().codeView().visible);
    look(window, QStringLiteral("display-3-code-used-up"), data);

    QVERIFY(shop.barista->call(QStringLiteral("shop.setOpen"), {{QStringLiteral("open"), false}}).ok);
    QTRY_VERIFY(!window.model().shopOpen());
    look(window, QStringLiteral("display-4-closed"), data);
}

void tourKiosk(const LookAt &look)
{
    TestShop shop;
    PressoClient client(shop.clientOptions(Role::Kiosk, shop.kiosk2Token));
    KioskWindow window(client, nullptr);
    window.resize(kTablet);
    window.show();
    client.start();
    QVERIFY(QTest::qWaitFor([&] { return client.isLive() && !window.controller().menu().items().isEmpty(); }, 10'000));
    const QStringList data = dataWords(window.controller().menu()) << shop.currentCode();
    look(window, QStringLiteral("kiosk-1-scan"), data);

    window.findChild<QLineEdit *>(QStringLiteral("code"))->setText(shop.currentCode());
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("start")), Qt::LeftButton);
    QTRY_COMPARE(window.controller().stage(), KioskController::Stage::Menu);
    look(window, QStringLiteral("kiosk-2-menu"), data);
    QTest::mouseClick(window.findChild<QToolButton *>(QStringLiteral("drink:Latte")), Qt::LeftButton);
    QTRY_VERIFY(window.findChild<QPushButton *>(QStringLiteral("option:Oat")));
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("option:Oat")), Qt::LeftButton);
    QTest::keyClicks(window.findChild<QLineEdit *>(QStringLiteral("name")), QStringLiteral("Ana"));
    look(window, QStringLiteral("kiosk-3-chosen"), data);

    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("orderNow")), Qt::LeftButton);
    QTRY_COMPARE(window.controller().stage(), KioskController::Stage::Following);
    const QString id = window.controller().order()->id.value;
    placeOrder(shop, QStringLiteral("Ben"), QStringLiteral("Espresso")); // so the place in line shows
    QTRY_VERIFY(window.controller().queuePosition().has_value());
    look(window, QStringLiteral("kiosk-4-queued"), data);
    QVERIFY(act(shop, "order.claim", id));
    QTRY_COMPARE(window.controller().order()->state, OrderState::InProduction);
    look(window, QStringLiteral("kiosk-5-being-made"), data);
    QVERIFY(act(shop, "order.complete", id));
    QTRY_COMPARE(window.controller().order()->state, OrderState::Completed);
    look(window, QStringLiteral("kiosk-6-ready"), data);
}

void tourBarista(const LookAt &look)
{
    TestShop shop;
    PressoClient client(shop.clientOptions(Role::Barista, shop.baristaToken));
    BaristaWindow window(client);
    window.resize(kTablet);
    window.show();
    client.start();
    QVERIFY(QTest::qWaitFor([&] { return client.isLive(); }, 10'000));
    QStringList ids;
    const QStringList names{QStringLiteral("Ana"), QStringLiteral("Ben"), QStringLiteral("Chen"), QStringLiteral("Dara"),
                            QStringLiteral("Eli"), QStringLiteral("Femi")};
    for (int i = 0; i < names.size(); ++i) {
        ids << placeOrder(shop, names.at(i), i % 2 ? QStringLiteral("Flat White") : QStringLiteral("Latte"));
        shop.server.clock().advance(50'000);
    }
    QVERIFY(!ids.contains(QString()));
    QTRY_VERIFY(window.model().order(ids.last()).has_value());
    QVERIFY(act(shop, "order.claim", ids.at(0)));
    QTRY_COMPARE(window.model().making().size(), 1);
    const auto card = [&](const QString &id, const char *button) {
        OrderCard *c = window.card(id);
        return c ? c->findChild<QPushButton *>(QString::fromLatin1(button)) : nullptr;
    };
    QTRY_VERIFY(card(ids.at(1), "make"));
    QTest::mouseClick(card(ids.at(1), "make"), Qt::LeftButton);
    QTRY_VERIFY(card(ids.at(1), "ready") && card(ids.at(1), "ready")->isEnabled());
    QTest::mouseClick(card(ids.at(1), "ready"), Qt::LeftButton);
    QTRY_VERIFY(window.undoButton()->isVisible());
    QTRY_COMPARE(window.model().ready().size(), 1);
    QStringList data = dataWords(window.model().menu());
    look(window, QStringLiteral("barista-1-orders"), data);

    QTRY_VERIFY(card(ids.at(2), "cancel"));
    QTest::mouseClick(card(ids.at(2), "cancel"), Qt::LeftButton);
    QTRY_VERIFY(window.confirmButton()->isVisible());
    look(window, QStringLiteral("barista-2-confirm-cancel"), data);
    QTest::mouseClick(window.dismissButton(), Qt::LeftButton);

    window.showPage(1);
    look(window, QStringLiteral("barista-3-shop"), data);
    window.showPage(2);
    look(window, QStringLiteral("barista-4-today"), data);
}

void tourSetup(const LookAt &look)
{
    SetupDialog setup(deviceKindText(Role::Kiosk), {QUrl(QStringLiteral("ws://127.0.0.1:8770"))}, QString());
    setup.resize(kTablet);
    setup.show();
    const QStringList data{QStringLiteral("127.0.0.1:8770"), QStringLiteral("192.168.1.10:8770"), QStringLiteral("presso")};
    look(setup, QStringLiteral("setup-1-kiosk"), data);

    RefusedScreen refused(deviceKindText(Role::Display));
    refused.setReason(refusalText(Error{ErrorCode::Unauthenticated, QStringLiteral("unknown device token")}, Role::Display));
    refused.resize(kTablet);
    refused.show();
    look(refused, QStringLiteral("setup-2-refused"), data);
}

} // namespace presso::test

#pragma once

// The shop that tst_access and tst_roles act on: an order in each state an op needs, and
// the arguments that make each op succeed for a role allowed to call it.
#include "accesssupport.h"
#include "ops.h"

namespace presso::test {

using namespace Qt::StringLiterals;

// One shop with an order in each state an op needs: one redeemed and still being
// chosen, one queued, one being made. All three belong to kiosk-1.
struct Fixture
{
    TestShop shop;
    TestShop::Redeemed awaiting, queued, making, done;
    // A phone customer, and the order of its own that an op needs (made by argsFor).
    std::unique_ptr<WsProbe> customer;
    TestShop::Redeemed mine;

    Fixture()
    {
        // Done just now: it may still be recalled.
        shop.placeOrder(*shop.kiosk, &done);
        shop.barista->call(u"order.claim"_s, {{u"orderId"_s, done.orderId}});
        shop.barista->call(u"order.complete"_s, {{u"orderId"_s, done.orderId}});
        shop.placeOrder(*shop.kiosk, &making);
        shop.barista->call(u"order.claim"_s, {{u"orderId"_s, making.orderId}});
        shop.placeOrder(*shop.kiosk, &queued);
        awaiting = shop.redeem(*shop.kiosk);
        customer = std::make_unique<WsProbe>(shop.server.url());
        if (!customer->connectNow() || !customer->helloCustomer().ok)
            qFatal("the customer could not say hello");
    }

    WsProbe &probe(Role role) { return role == Role::Customer ? *customer : probeOf(shop, role); }

    OrderState stateOf(const TestShop::Redeemed &order)
    {
        return shop.server.services().orders.find(OrderId{order.orderId})->order.state;
    }

    // Arguments that make the op succeed for any role allowed to call it.
    QJsonObject argsFor(const QString &op, Role role)
    {
        if (role == Role::Customer)
            return customerArgsFor(op);
        const bool kiosk = role == Role::Kiosk;
        if (op == "shop.setOpen"_L1)
            return {{u"open"_s, false}};
        if (op == "menu.setAvailable"_L1)
            return {{u"drink"_s, u"Latte"_s}, {u"available"_s, false}};
        if (op == "menu.set"_L1) {
            QJsonArray menu;
            for (const QJsonValue &item :
                 shop.admin->call(u"config.get"_s).result.value(u"menu"_s).toArray())
                menu.prepend(item);
            return {{u"menu"_s, menu}};
        }
        if (op == "settings.set"_L1)
            return {{u"maxOrdersInQueue"_s, 30}};
        if (op == "qr.redeem"_L1)
            return {{u"code"_s, shop.currentCode()}, {u"customerName"_s, u"Cy"_s}};
        if (op == "order.submit"_L1)
            return {{u"orderId"_s, awaiting.orderId},
                    {u"orderToken"_s, awaiting.orderToken},
                    {u"drink"_s, u"Espresso"_s},
                    {u"modifiers"_s, QJsonArray()}};
        if (op == "order.cancel"_L1 || op == "order.get"_L1) {
            QJsonObject args{{u"orderId"_s, queued.orderId}};
            if (kiosk)
                args.insert(u"orderToken"_s, queued.orderToken);
            return args;
        }
        if (op == "order.claim"_L1)
            return {{u"orderId"_s, queued.orderId}};
        if (op == "order.unclaim"_L1 || op == "order.complete"_L1)
            return {{u"orderId"_s, making.orderId}};
        if (op == "order.recall"_L1)
            return {{u"orderId"_s, done.orderId}};
        if (op == "events.since"_L1)
            return {{u"seq"_s, 0}};
        if (op == "device.add"_L1)
            return {{u"role"_s, u"display"_s}, {u"name"_s, u"display-2"_s}};
        if (op == "device.pair"_L1)
            return {{u"role"_s, u"display"_s}, {u"name"_s, u"display-3"_s}};
        if (op == "device.revoke"_L1)
            return {{u"name"_s, u"kiosk-2"_s}};
        if (op == "order.follow"_L1)
            return {{u"orderId"_s, queued.orderId}, {u"orderToken"_s, queued.orderToken}};
        return {};
    }

    // A customer has at most one open order, so each op gets the one it needs: none to
    // redeem, one awaiting to submit, one queued to cancel or read.
    QJsonObject customerArgsFor(const QString &op)
    {
        if (op == "order.submit"_L1) {
            mine = shop.redeem(*customer);
            return {{u"orderId"_s, mine.orderId},
                    {u"orderToken"_s, mine.orderToken},
                    {u"drink"_s, u"Espresso"_s},
                    {u"modifiers"_s, QJsonArray()}};
        }
        if (op == "order.cancel"_L1 || op == "order.get"_L1) {
            shop.placeOrder(*customer, &mine);
            return {{u"orderId"_s, mine.orderId}, {u"orderToken"_s, mine.orderToken}};
        }
        return argsFor(op, Role::Kiosk);
    }
};

// Whether a successful call must change what fingerprint() reads: every mutating op
// but device.pair (an open code, which tst_pairing checks) and order.follow (which
// customer owns an order).
inline bool changesFingerprint(const QString &op)
{
    const OpSpec *spec = findOp(op);
    return spec && spec->mutating && op != QLatin1String(op::kDevicePair) &&
           op != QLatin1String(op::kOrderFollow);
}

} // namespace presso::test

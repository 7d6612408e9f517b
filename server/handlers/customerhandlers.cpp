// The customer role (phones): its hello, its redeem (one open order per customer), and
// its own ops orders.mine and order.follow. The rest of its rules are in policy.h's
// tables: which ops it may call, which orders it reaches, which events it receives.
#include "dispatcher.h"


namespace presso {

namespace {
const QString kMainShop = QStringLiteral("main");

Customers::Identity identityOf(const Session &session)
{
    return {session.customer, session.customerToken, false};
}
} // namespace

Result<bool> admitCustomer(Services &s, Session &session, const QJsonObject &args)
{
    const QString shop = args.value(QStringLiteral("shop")).toString(kMainShop);
    if (shop != kMainShop)
        return Error{ErrorCode::NotFound, QStringLiteral("There is no shop \"%1\" on this server").arg(shop)};
    const ShopSettings &settings = s.config.shop();
    if (!settings.phoneOrdering)
        return Error{ErrorCode::Forbidden, QStringLiteral("Ordering from a phone is off in this shop: please order at the kiosk")};
    if (s.publisher.customerCount() >= settings.maxCustomerConnections) {
        session.refusedWith = kCloseTryAgainLater;
        return Error{ErrorCode::AtCapacity, QStringLiteral("Too many phones are connected right now: try again in a minute")};
    }
    const auto identity = s.customers.identify(args.value(QStringLiteral("customerToken")).toString(), session.peer);
    if (!identity)
        return identity.error();
    session.customer = identity->id;
    session.customerToken = identity->token;
    return true;
}

void addCustomerHandlers(Dispatcher &d, Services &s)
{
    d.addFor(Role::Customer, op::kQrRedeem, [&s](Session &session, const QJsonObject &args) -> Result<QJsonObject> {
        // Before the code is checked, so that a refused redeem takes no token.
        if (s.customers.hasOpenOrder(session.customer))
            return Error{ErrorCode::Conflict, QStringLiteral("You already have an order open: one at a time, please")};
        const QJsonValue name = args.value(QStringLiteral("customerName"));
        const auto started = s.processor.redeem(
            QString(), args.value(QStringLiteral("code")).toString(),
            name.isString() ? std::optional<QString>(name.toString()) : std::nullopt,
            [&](const OrderProcessor::Started &st) {
                s.customers.link(identityOf(session), st.record.order.id.value, st.orderToken, Customers::Via::Redeem);
            });
        if (!started)
            return started.error();
        return redeemedResult(*started);
    });

    d.add(op::kOrdersMine, [&s](Session &session, const QJsonObject &) -> Result<QJsonObject> {
        return QJsonObject{{QStringLiteral("orders"), s.orders.ofCustomer(identityOf(session))}};
    });

    // Taking a kiosk's order into the customer's own: the order's token is the proof.
    d.add(op::kOrderFollow, [&s](Session &session, const QJsonObject &args) -> Result<QJsonObject> {
        const QString orderId = args.value(QStringLiteral("orderId")).toString();
        const QString orderToken = args.value(QStringLiteral("orderToken")).toString();
        const auto record = s.orders.withToken(OrderId{orderId}, orderToken);
        if (!record)
            return record.error();
        s.customers.link(identityOf(session), orderId, orderToken, Customers::Via::Follow);
        return QJsonObject{{QStringLiteral("order"), OrderManager::ownView(session.role, record->order, orderToken)}};
    });
}

} // namespace presso

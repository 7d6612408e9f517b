// The customer role (phones): its hello, its redeem (one open order per customer), and
// its own ops orders.mine and order.follow. The rest of its rules are in policy.h's
// tables: which ops it may call, which orders it reaches, which events it receives.
#include "dispatcher.h"


namespace presso {

namespace {
Customers::Identity identityOf(const Session &session)
{
    return {session.customer, session.customerToken, false};
}
} // namespace

Result<bool> admitCustomer(Services &s, Session &session, const QJsonObject &args)
{
    const QString id = args.value(QStringLiteral("shop")).toString(mainShopId());
    if (isValidShopId(id) && !s.shop(id))
        s.loadShops(); // added by another writer since this server last looked
    const Shop *shop = s.shop(id);
    if (!shop)
        return Error{ErrorCode::NotFound, QStringLiteral("There is no shop \"%1\" on this server").arg(id)};
    const ShopSettings &settings = shop->config.shop();
    if (!settings.phoneOrdering)
        return Error{ErrorCode::Forbidden, QStringLiteral("Ordering from a phone is off in this shop: please order at the kiosk")};
    if (s.publisher.customerCount(id) >= settings.maxCustomerConnections) {
        session.refusedWith = kCloseTryAgainLater;
        return Error{ErrorCode::AtCapacity, QStringLiteral("Too many phones are connected right now: try again in a minute")};
    }
    const auto identity = s.customers.identify(args.value(QStringLiteral("customerToken")).toString(), session.peer);
    if (!identity)
        return identity.error();
    session.customer = identity->id;
    session.customerToken = identity->token;
    session.shop = id;
    return true;
}

void addCustomerHandlers(Dispatcher &d, Services &s)
{
    d.addFor(Role::Customer, op::kQrRedeem, [&s](Session &session, const QJsonObject &args) -> Result<QJsonObject> {
        // Before the code is checked, so that a refused redeem takes no token.
        if (s.customers.hasOpenOrder(session.customer))
            return Error{ErrorCode::Conflict, QStringLiteral("You already have an order open: one at a time, please")};
        const QJsonValue name = args.value(QStringLiteral("customerName"));
        // A phone's code names its shop (codes are unique server-wide): the customer is
        // that shop's from now on, whichever shop its hello named.
        const QString code = QrCode::codeFromScan(args.value(QStringLiteral("code")).toString());
        if (const auto codeShop = s.storage.shopOfCode(code); codeShop && s.shop(*codeShop))
            session.shop = *codeShop;
        const auto started = s.shopOf(session).processor.redeem(
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
        return QJsonObject{{QStringLiteral("orders"), s.shopOf(session).orders.ofCustomer(identityOf(session))}};
    });

    // Taking a kiosk's order into the customer's own: the order's token is the proof.
    d.add(op::kOrderFollow, [&s](Session &session, const QJsonObject &args) -> Result<QJsonObject> {
        const QString orderId = args.value(QStringLiteral("orderId")).toString();
        const QString orderToken = args.value(QStringLiteral("orderToken")).toString();
        const auto record = s.shopOf(session).orders.withToken(OrderId{orderId}, orderToken);
        if (!record)
            return record.error();
        s.customers.link(identityOf(session), orderId, orderToken, Customers::Via::Follow);
        return QJsonObject{{QStringLiteral("order"), OrderManager::ownView(session.role, record->order, orderToken)}};
    });
}

} // namespace presso

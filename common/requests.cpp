#include "requests.h"

#include "ops.h"

#include <QJsonArray>
#include <QUuid>

namespace presso::requests {

namespace {
Request make(const char *op, QJsonObject args = {})
{
    Request r;
    r.op = QString::fromLatin1(op);
    r.args = std::move(args);
    return r;
}

QString s(const char *name)
{
    return QString::fromLatin1(name);
}
} // namespace

QString opOf(OrderAction action)
{
    switch (action) {
    case OrderAction::Claim: return s(op::kOrderClaim);
    case OrderAction::Unclaim: return s(op::kOrderUnclaim);
    case OrderAction::Complete: return s(op::kOrderComplete);
    case OrderAction::Cancel: return s(op::kOrderCancel);
    case OrderAction::Recall: return s(op::kOrderRecall);
    }
    return {};
}

Request orderAction(OrderAction action, const QString &orderId, const QString &orderToken)
{
    Request r;
    r.op = opOf(action);
    r.args = QJsonObject{{s("orderId"), orderId}};
    if (!orderToken.isEmpty())
        r.args.insert(s("orderToken"), orderToken);
    return r;
}

Request qrCurrent()
{
    return make(op::kQrCurrent);
}

Request qrRedeem(const QString &code, const QString &customerName)
{
    QJsonObject args{{s("code"), code}};
    if (!customerName.trimmed().isEmpty())
        args.insert(s("customerName"), customerName.trimmed());
    return make(op::kQrRedeem, args);
}

Request orderSubmit(const QString &orderId, const QString &orderToken, const QString &drink,
                    const QStringList &modifiers, const QString &customerName)
{
    QJsonObject args{{s("orderId"), orderId}, {s("orderToken"), orderToken}, {s("drink"), drink},
                     {s("modifiers"), QJsonArray::fromStringList(modifiers)}};
    if (!customerName.trimmed().isEmpty())
        args.insert(s("customerName"), customerName.trimmed());
    return make(op::kOrderSubmit, args);
}

Request orderGet(const QString &orderId, const QString &orderToken)
{
    QJsonObject args{{s("orderId"), orderId}};
    if (!orderToken.isEmpty())
        args.insert(s("orderToken"), orderToken);
    return make(op::kOrderGet, args);
}

Request ordersList(const QStringList &states)
{
    return make(op::kOrdersList, {{s("states"), QJsonArray::fromStringList(states)}});
}

Request eventsSince(qint64 afterSeq, int limit)
{
    return make(op::kEventsSince, {{s("seq"), afterSeq}, {s("limit"), limit}});
}

Request statsGet()
{
    return make(op::kStatsGet);
}

Request shopSetOpen(bool open)
{
    return make(op::kShopSetOpen, {{s("open"), open}});
}

Request menuSetAvailable(const QString &drink, bool available)
{
    return make(op::kMenuSetAvailable, {{s("drink"), drink}, {s("available"), available}});
}

Request settingsSet(const QJsonObject &settings)
{
    return make(op::kSettingsSet, settings);
}

Request deviceAdd(Role role, const QString &name)
{
    return make(op::kDeviceAdd, {{s("role"), roleName(role)}, {s("name"), name}});
}

Request devicePair(Role role, const QString &name)
{
    return make(op::kDevicePair, {{s("role"), roleName(role)}, {s("name"), name}});
}

Request ping()
{
    return make(op::kPing);
}

std::optional<Redeemed> redeemedOf(const Response &response)
{
    const QString id = response.result.value(s("orderId")).toString();
    const QString token = response.result.value(s("orderToken")).toString();
    if (!response.ok || id.isEmpty() || token.isEmpty())
        return std::nullopt;
    return Redeemed{id, token, millisFromIso(response.result.value(s("deadline")).toString())};
}

std::optional<Order> orderOf(const Response &response)
{
    if (!response.ok)
        return std::nullopt;
    auto order = Order::fromJson(response.result.value(s("order")).toObject());
    return order ? std::optional<Order>(std::move(*order)) : std::nullopt;
}

std::optional<int> queuePositionOf(const Response &response)
{
    const QJsonValue p = response.result.value(s("queuePosition"));
    return p.isDouble() ? std::optional<int>(p.toInt()) : std::nullopt;
}

QList<Order> ordersOf(const Response &response)
{
    QList<Order> out;
    for (const QJsonValue &v : response.result.value(s("orders")).toArray())
        if (auto order = Order::fromJson(v.toObject()))
            out.append(std::move(*order));
    return out;
}

Request keyed(Request request)
{
    if (request.requestId.isEmpty()) {
        const OpSpec *spec = findOp(request.op);
        if (!spec || spec->mutating)
            request.requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    }
    return request;
}

} // namespace presso::requests

// Redeeming a code and every action on an order, plus the order lists and today's figures.
#include "dispatcher.h"

#include "policy.h"
#include "stats.h"

#include <QJsonArray>

namespace presso {

Actor actorOf(const Session &session, const QJsonObject &args)
{
    return Actor{session.role, session.device, args.value(QStringLiteral("orderToken")).toString(), session.customer};
}

QJsonObject redeemedResult(const OrderProcessor::Started &started)
{
    const Order &o = started.record.order;
    return QJsonObject{{QStringLiteral("orderId"), o.id.value},
                       {QStringLiteral("orderToken"), started.orderToken},
                       {QStringLiteral("deadline"), jsonTime(o.deadline)},
                       {QStringLiteral("order"), o.toJson()}};
}

namespace {
OrderId orderIdOf(const QJsonObject &args)
{
    return OrderId{args.value(QStringLiteral("orderId")).toString()};
}

Result<QJsonObject> orderResult(const Session &session, const Result<OrderRecord> &r)
{
    if (!r)
        return r.error();
    return QJsonObject{{QStringLiteral("order"), policy::orderView(session.role, r->order)}};
}

std::optional<QString> optionalString(const QJsonObject &args, const QString &key)
{
    const QJsonValue v = args.value(key);
    return v.isString() ? std::optional<QString>(v.toString()) : std::nullopt;
}
} // namespace

void addOrderHandlers(Dispatcher &d, Services &s)
{
    d.add(op::kQrRedeem, [&s](Session &session, const QJsonObject &args) -> Result<QJsonObject> {
        const auto started = s.shopOf(session).processor.redeem(session.device, args.value(QStringLiteral("code")).toString(),
                                                optionalString(args, QStringLiteral("customerName")));
        if (!started)
            return started.error();
        return redeemedResult(*started);
    });

    d.add(op::kOrderSubmit, [&s](Session &session, const QJsonObject &args) -> Result<QJsonObject> {
        OrderManager::Submission sub;
        sub.drink = args.value(QStringLiteral("drink")).toString();
        for (const QJsonValue &m : args.value(QStringLiteral("modifiers")).toArray())
            sub.modifiers.append(m.toString());
        sub.customerName = optionalString(args, QStringLiteral("customerName"));
        return orderResult(session, s.shopOf(session).orders.submit(orderIdOf(args), actorOf(session, args), sub));
    });

    using Action = Result<OrderRecord> (OrderManager::*)(const OrderId &, const Actor &);
    const QList<std::pair<const char *, Action>> actions{
        {op::kOrderCancel, &OrderManager::cancel},   {op::kOrderClaim, &OrderManager::claim},
        {op::kOrderUnclaim, &OrderManager::unclaim}, {op::kOrderComplete, &OrderManager::complete},
        {op::kOrderRecall, &OrderManager::recall},
    };
    for (const auto &entry : actions) {
        const Action action = entry.second; // clang 14 cannot capture a structured binding
        d.add(entry.first, [&s, action](Session &session, const QJsonObject &args) -> Result<QJsonObject> {
            return orderResult(session, (s.shopOf(session).orders.*action)(orderIdOf(args), actorOf(session, args)));
        });
    }

    // order.get adds the order's place in the line, for the kiosk's "3rd in line".
    d.add(op::kOrderGet, [&s](Session &session, const QJsonObject &args) -> Result<QJsonObject> {
        Shop &shop = s.shopOf(session);
        const auto found = shop.orders.get(orderIdOf(args), actorOf(session, args));
        auto result = orderResult(session, found);
        if (result && found) {
            const auto position = shop.orders.queuePosition(found->order);
            result.value().insert(QStringLiteral("queuePosition"), position ? QJsonValue(*position) : QJsonValue());
        }
        return result;
    });

    d.add(op::kOrdersList, [&s](Session &session, const QJsonObject &args) -> Result<QJsonObject> {
        const int limit = args.value(QStringLiteral("limit")).toInt(100);
        if (limit < 1)
            return badRequest(QStringLiteral("args.limit: must be between 1 and 1000"));
        std::optional<QStringList> states;
        if (args.contains(QStringLiteral("states"))) {
            states.emplace();
            for (const QJsonValue &v : args.value(QStringLiteral("states")).toArray()) {
                if (!orderStateFromName(v.toString()))
                    return badRequest(QStringLiteral("args.states: unknown state \"%1\"").arg(v.toString()));
                states->append(v.toString());
            }
        }
        return QJsonObject{{QStringLiteral("orders"), s.shopOf(session).orders.list(session.role, session.device, states, limit)}};
    });

    d.add(op::kStatsGet, [&s](Session &session, const QJsonObject &) -> Result<QJsonObject> {
        Shop &shop = s.shopOf(session);
        const QString day = Counter::dayOf(s.clock.now(), shop.config.shop().zone());
        return QJsonObject{{QStringLiteral("stats"), dayStats(day, shop.orders.ofDay(day))}};
    });
}

} // namespace presso

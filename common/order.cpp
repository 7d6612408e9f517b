#include "order.h"

#include "jsonreader.h"

#include <QJsonArray>
#include <array>

namespace presso {

namespace {
constexpr std::array<std::pair<OrderState, const char *>, 6> kStates{{
    {OrderState::AwaitingOrder, "AWAITING_ORDER"},
    {OrderState::Queued, "QUEUED"},
    {OrderState::InProduction, "IN_PRODUCTION"},
    {OrderState::Completed, "COMPLETED"},
    {OrderState::Cancelled, "CANCELLED"},
    {OrderState::TimedOut, "TIMED_OUT"},
}};

const QStringList &reasons()
{
    static const QStringList r{QStringLiteral("customer"), QStringLiteral("barista"),
                               QStringLiteral("customer_timeout"),
                               QStringLiteral("barista_timeout")};
    return r;
}

QJsonValue nullable(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}
} // namespace

QString orderStateName(OrderState state)
{
    for (const auto &[s, name] : kStates) {
        if (s == state)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<OrderState> orderStateFromName(const QString &name)
{
    for (const auto &[s, n] : kStates) {
        if (name == QLatin1String(n))
            return s;
    }
    return std::nullopt;
}

bool isTerminal(OrderState state)
{
    return state == OrderState::Completed || state == OrderState::Cancelled
           || state == OrderState::TimedOut;
}

bool isOpen(OrderState state)
{
    return !isTerminal(state);
}

QJsonObject Order::toJson() const
{
    QJsonObject o = toPublicJson();
    o.insert(QStringLiteral("baristaId"), nullable(baristaId));
    o.insert(QStringLiteral("reason"), nullable(reason));
    return o;
}

QJsonObject Order::toPublicJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id.value},
        {QStringLiteral("number"), number ? QJsonValue(*number) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("state"), orderStateName(state)},
        {QStringLiteral("customerName"), nullable(customerName)},
        {QStringLiteral("drink"), nullable(drink)},
        {QStringLiteral("modifiers"), QJsonArray::fromStringList(modifiers)},
        {QStringLiteral("icon"), nullable(icon)},
        {QStringLiteral("createdAt"), isoFromMillis(createdAt)},
        {QStringLiteral("submittedAt"), jsonTime(submittedAt)},
        {QStringLiteral("claimedAt"), jsonTime(claimedAt)},
        {QStringLiteral("completedAt"), jsonTime(completedAt)},
        {QStringLiteral("finishedAt"), jsonTime(finishedAt)},
        {QStringLiteral("baristaId"), QJsonValue(QJsonValue::Null)},
        {QStringLiteral("reason"), QJsonValue(QJsonValue::Null)},
        {QStringLiteral("deadline"), jsonTime(deadline)},
    };
}

Result<Order> Order::fromJson(const QJsonObject &json, const QString &path)
{
    JsonReader r(json, path);
    Order o;
    o.id.value = r.string(QStringLiteral("id"), limits::kIdLength);
    o.number = r.optInteger(QStringLiteral("number"), 1, 1'000'000);
    const QString state = r.string(QStringLiteral("state"), 20);
    o.customerName = r.optString(QStringLiteral("customerName"), limits::kCustomerName).value_or(QString());
    o.drink = r.optString(QStringLiteral("drink"), limits::kDrinkName).value_or(QString());
    if (r.has(QStringLiteral("modifiers")))
        o.modifiers = r.stringList(QStringLiteral("modifiers"), limits::kModifiersPerOrder,
                                   limits::kModifierName);
    o.icon = r.optString(QStringLiteral("icon"), limits::kIcon).value_or(QString());
    o.createdAt = r.time(QStringLiteral("createdAt"));
    o.submittedAt = r.optTime(QStringLiteral("submittedAt"));
    o.claimedAt = r.optTime(QStringLiteral("claimedAt"));
    o.completedAt = r.optTime(QStringLiteral("completedAt"));
    o.finishedAt = r.optTime(QStringLiteral("finishedAt"));
    o.baristaId = r.optString(QStringLiteral("baristaId"), limits::kDeviceName).value_or(QString());
    o.reason = r.optString(QStringLiteral("reason"), 20).value_or(QString());
    o.deadline = r.optTime(QStringLiteral("deadline"));
    if (!r.ok())
        return r.error();
    if (o.id.isEmpty())
        return badRequest(r.path(QStringLiteral("id")) + QStringLiteral(": must not be empty"));
    const auto s = orderStateFromName(state);
    if (!s)
        return badRequest(r.path(QStringLiteral("state")) + QStringLiteral(": unknown state \"%1\"").arg(state));
    o.state = *s;
    if (!o.reason.isEmpty() && !reasons().contains(o.reason))
        return badRequest(r.path(QStringLiteral("reason")) + QStringLiteral(": unknown reason \"%1\"").arg(o.reason));
    return o;
}

Result<QString> normalizeCustomerName(const QString &name)
{
    const QString trimmed = name.simplified();
    for (const QChar c : trimmed) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return Error{ErrorCode::InvalidOrder, QStringLiteral("The name contains characters that cannot be shown")};
    }
    if (trimmed.size() > limits::kCustomerName)
        return Error{ErrorCode::InvalidOrder,
                     QStringLiteral("The name is longer than %1 characters").arg(limits::kCustomerName)};
    return trimmed;
}

QString drinkLabel(const QString &drink, const QStringList &modifiers)
{
    return modifiers.isEmpty() ? drink : drink + QStringLiteral(" · ") + modifiers.join(QStringLiteral(", "));
}

} // namespace presso

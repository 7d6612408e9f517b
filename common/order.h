#pragma once

#include "result.h"
#include "timeutil.h"

#include <QJsonObject>
#include <QStringList>
#include <optional>

namespace presso {

// A distinct type for order ids, so an order id is never mixed up with another string.
struct OrderId
{
    QString value;

    bool isEmpty() const { return value.isEmpty(); }
    friend bool operator==(const OrderId &, const OrderId &) = default;
};

enum class OrderState { AwaitingOrder, Queued, InProduction, Completed, Cancelled, TimedOut };

QString orderStateName(OrderState state);
std::optional<OrderState> orderStateFromName(const QString &name);
bool isTerminal(OrderState state);
// AWAITING_ORDER, QUEUED and IN_PRODUCTION: the states that count against capacity.
bool isOpen(OrderState state);

namespace limits {
constexpr int kIdLength = 64;
constexpr int kCustomerName = 20;
constexpr int kDrinkName = 40;
constexpr int kIcon = 40;
constexpr int kModifierName = 40;
constexpr int kModifiersPerOrder = 10;
constexpr int kDeviceName = 64;
} // namespace limits

// One order as protocol.md describes it. Absent values are empty optionals or strings.
struct Order
{
    OrderId id;
    std::optional<int> number;
    OrderState state = OrderState::AwaitingOrder;
    QString customerName;
    QString drink;
    QStringList modifiers;
    QString icon;
    Millis createdAt = 0;
    std::optional<Millis> submittedAt;
    std::optional<Millis> claimedAt;
    std::optional<Millis> completedAt;
    std::optional<Millis> finishedAt;
    QString baristaId;
    QString reason;
    std::optional<Millis> deadline;

    QJsonObject toJson() const;
    // What a display may see: no barista id, no reason.
    QJsonObject toPublicJson() const;
    static Result<Order> fromJson(const QJsonObject &json, const QString &path = QStringLiteral("order"));

    friend bool operator==(const Order &, const Order &) = default;
};

// A customer name as the board shows it: trimmed, at most kCustomerName characters.
// Returns an error for names that cannot be shown (control characters).
Result<QString> normalizeCustomerName(const QString &name);

// "Latte · Oat, Large": a drink and its options as every screen writes them.
QString drinkLabel(const QString &drink, const QStringList &modifiers);
inline QString drinkLabel(const Order &order)
{
    return drinkLabel(order.drink, order.modifiers);
}

} // namespace presso

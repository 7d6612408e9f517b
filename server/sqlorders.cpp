// One shop's orders (OrderManager's table, SqlShopStore) and their deadlines.
#include "sqlstorage.h"

#include "sqlvalues.h"

#include <QJsonArray>
#include <QSqlRecord>

namespace presso {

using namespace sqlvalues;

QVariantHash SqlShopStore::orderValues(const OrderRecord &r) const
{
    const Order &o = r.order;
    return {
        {QStringLiteral("id"), o.id.value},
        {QStringLiteral("token_hash"), text(r.tokenHash)},
        {QStringLiteral("kiosk"), text(r.kiosk)},
        {QStringLiteral("bucket"), r.bucket ? QVariant(*r.bucket) : QVariant()},
        {QStringLiteral("day"), r.day.isEmpty() ? QVariant() : QVariant(r.day)},
        {QStringLiteral("number"), o.number ? QVariant(*o.number) : QVariant()},
        {QStringLiteral("state"), orderStateName(o.state)},
        {QStringLiteral("customer_name"), text(o.customerName)},
        {QStringLiteral("drink"), text(o.drink)},
        {QStringLiteral("modifiers"), json(QJsonDocument(QJsonArray::fromStringList(o.modifiers)))},
        {QStringLiteral("icon"), text(o.icon)},
        {QStringLiteral("created_at"), o.createdAt},
        {QStringLiteral("submitted_at"), opt(o.submittedAt)},
        {QStringLiteral("claimed_at"), opt(o.claimedAt)},
        {QStringLiteral("completed_at"), opt(o.completedAt)},
        {QStringLiteral("finished_at"), opt(o.finishedAt)},
        {QStringLiteral("barista_id"), text(o.baristaId)},
        {QStringLiteral("reason"), text(o.reason)},
        {QStringLiteral("deadline"), opt(o.deadline)},
    };
}

void SqlShopStore::insertOrder(const OrderRecord &order)
{
    run(QStringLiteral("order_insert"), orderValues(order));
}

void SqlShopStore::updateOrder(const OrderRecord &order)
{
    QVariantHash values = orderValues(order);
    values.remove(QStringLiteral("token_hash"));
    values.remove(QStringLiteral("kiosk"));
    values.remove(QStringLiteral("bucket"));
    values.remove(QStringLiteral("created_at"));
    if (run(QStringLiteral("order_update"), values).numRowsAffected() != 1)
        throw StorageError("update of a missing order " + order.order.id.value.toStdString());
}

QList<OrderRecord> SqlShopStore::readOrders(QSqlQuery &q)
{
    QList<OrderRecord> out;
    const QSqlRecord rec = q.record();
    // Column positions once per query, not per row and column.
    enum Col { Id, TokenHash, Kiosk, Bucket, Day, Number, State, Customer, Drink, Modifiers, Icon,
               Created, Submitted, Claimed, Completed, Finished, Barista, Reason, Deadline, Count };
    static constexpr const char *names[Count] = {
        "id", "token_hash", "kiosk", "bucket", "day", "number", "state", "customer_name", "drink",
        "modifiers", "icon", "created_at", "submitted_at", "claimed_at", "completed_at", "finished_at",
        "barista_id", "reason", "deadline"};
    int index[Count];
    for (int c = 0; c < Count; ++c)
        index[c] = rec.indexOf(QLatin1String(names[c]));
    auto col = [&](Col c) { return q.value(index[c]); };
    while (q.next()) {
        OrderRecord r;
        Order &o = r.order;
        o.id.value = col(Id).toString();
        r.tokenHash = col(TokenHash).toString();
        r.kiosk = col(Kiosk).toString();
        const QVariant bucket = col(Bucket);
        r.bucket = bucket.isNull() ? std::nullopt : std::optional<qint64>(bucket.toLongLong());
        r.day = col(Day).toString();
        const QVariant number = col(Number);
        o.number = number.isNull() ? std::nullopt : std::optional<int>(number.toInt());
        o.state = orderStateFromName(col(State).toString()).value_or(OrderState::Cancelled);
        o.customerName = col(Customer).toString();
        o.drink = col(Drink).toString();
        for (const QJsonValue &m : QJsonDocument::fromJson(col(Modifiers).toByteArray()).array())
            o.modifiers.append(m.toString());
        o.icon = col(Icon).toString();
        o.createdAt = col(Created).toLongLong();
        o.submittedAt = optMillis(col(Submitted));
        o.claimedAt = optMillis(col(Claimed));
        o.completedAt = optMillis(col(Completed));
        o.finishedAt = optMillis(col(Finished));
        o.baristaId = col(Barista).toString();
        o.reason = col(Reason).toString();
        o.deadline = optMillis(col(Deadline));
        out.append(r);
    }
    q.finish();
    return out;
}

std::optional<OrderRecord> SqlShopStore::order(const OrderId &id)
{
    const auto rows = readOrders(run(QStringLiteral("order_by_id"), {{QStringLiteral("id"), id.value}}));
    return rows.isEmpty() ? std::nullopt : std::optional<OrderRecord>(rows.first());
}

std::optional<OrderRecord> SqlShopStore::orderByNumber(const QString &day, int number)
{
    const auto rows = readOrders(run(QStringLiteral("order_by_number"),
                                     {{QStringLiteral("day"), day}, {QStringLiteral("number"), number}}));
    return rows.isEmpty() ? std::nullopt : std::optional<OrderRecord>(rows.first());
}

QList<OrderRecord> SqlShopStore::openOrders()
{
    return readOrders(run(QStringLiteral("orders_open"), {}));
}

QList<OrderRecord> SqlShopStore::currentOrders(Millis since)
{
    return readOrders(run(QStringLiteral("orders_current"), {{QStringLiteral("since"), since}}));
}

QList<OrderRecord> SqlShopStore::ordersInStates(const QStringList &states, int limit)
{
        return readOrders(run(QStringLiteral("orders_in_states"),
                          {{QStringLiteral("states"), json(QJsonDocument(QJsonArray::fromStringList(states)))}, {QStringLiteral("limit"), limit}}));
}

QList<OrderRecord> SqlShopStore::ordersOfDay(const QString &day)
{
    return readOrders(run(QStringLiteral("orders_of_day"), {{QStringLiteral("day"), day}}));
}

int SqlShopStore::countOpenOrders()
{
    return scalar(QStringLiteral("orders_count_open")).toInt();
}

std::optional<Millis> SqlShopStore::nextDeadline()
{
    return optMillis(scalar(QStringLiteral("orders_next_deadline")));
}

QList<OrderRecord> SqlShopStore::dueOrders(Millis now)
{
    return readOrders(run(QStringLiteral("orders_due"), {{QStringLiteral("now"), now}}));
}

} // namespace presso

// SqlStorage's tables of the customer role: customers and the orders they own.
#include "sqlstorage.h"

namespace presso {

void SqlStorage::insertCustomer(const CustomerRecord &c)
{
    run(QStringLiteral("customer_insert"),
        {{QStringLiteral("id"), c.id}, {QStringLiteral("token_hash"), c.tokenHash},
         {QStringLiteral("created_at"), c.createdAt}, {QStringLiteral("last_used_at"), c.lastUsedAt}});
}

std::optional<CustomerRecord> SqlStorage::customerByTokenHash(const QString &hash, Millis since)
{
    QSqlQuery &q = run(QStringLiteral("customer_by_token"),
                       {{QStringLiteral("token_hash"), hash}, {QStringLiteral("since"), since}});
    std::optional<CustomerRecord> out;
    if (q.next())
        out = CustomerRecord{q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(),
                             q.value(3).toLongLong()};
    q.finish();
    return out;
}

void SqlStorage::touchCustomer(const QString &id, Millis now)
{
    run(QStringLiteral("customer_touch"), {{QStringLiteral("id"), id}, {QStringLiteral("now"), now}});
}

void SqlStorage::pruneCustomers(Millis before)
{
    // Their links go with them (ON DELETE CASCADE).
    run(QStringLiteral("customers_prune"), {{QStringLiteral("before"), before}});
}

void SqlStorage::linkCustomerOrder(const CustomerLink &l)
{
    run(QStringLiteral("customer_order_link"),
        {{QStringLiteral("customer_id"), l.customerId}, {QStringLiteral("order_id"), l.orderId},
         {QStringLiteral("via"), l.via}, {QStringLiteral("sealed_token"), l.sealedToken},
         {QStringLiteral("linked_at"), l.linkedAt}});
}

QStringList SqlStorage::customersOfOrder(const QString &orderId)
{
    QSqlQuery &q = run(QStringLiteral("customers_of_order"), {{QStringLiteral("order_id"), orderId}});
    QStringList out;
    while (q.next())
        out.append(q.value(0).toString());
    q.finish();
    return out;
}

QList<CustomerLink> SqlStorage::customerLinks(const QString &customerId, Millis since)
{
    QSqlQuery &q = run(QStringLiteral("customer_orders_since"),
                       {{QStringLiteral("customer_id"), customerId}, {QStringLiteral("since"), since}});
    QList<CustomerLink> out;
    while (q.next())
        out.append(CustomerLink{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                q.value(3).toString(), q.value(4).toLongLong()});
    q.finish();
    return out;
}

int SqlStorage::countOpenCustomerOrders(const QString &customerId)
{
    QSqlQuery &q = run(QStringLiteral("customer_orders_count_open"), {{QStringLiteral("customer_id"), customerId}});
    const int n = q.next() ? q.value(0).toInt() : 0;
    q.finish();
    return n;
}

} // namespace presso

#include "sqlitecheck.h"

#include "serverlogging.h"
#include "sqlitestorage.h"
#include "storagerecords.h"

#include <QElapsedTimer>

#include <QSqlError>
#include <QSqlQuery>

namespace presso {

namespace {

[[noreturn]] void damaged(const QString &what)
{
    throw StorageError("the database file is damaged: " + what.toStdString());
}

QSqlQuery run(QSqlDatabase &db, const QString &name, const QVariantMap &values = {})
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(SqliteStorage::sqlText(name)))
        damaged(name + QStringLiteral(": ") + q.lastError().text());
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        q.bindValue(QLatin1Char(':') + it.key(), it.value());
    if (!q.exec() || !q.next())
        damaged(name + QStringLiteral(": ") + q.lastError().text());
    return q;
}

void quickCheck(QSqlDatabase &db, const QString &table)
{
    QSqlQuery q(db);
    // A pragma's argument cannot be bound; the name comes from sqlite_schema, quoted.
    QString quoted = table;
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    if (!q.exec(QStringLiteral("PRAGMA quick_check('%1')").arg(quoted)))
        damaged(table + QStringLiteral(": ") + q.lastError().text());
    if (q.next() && q.value(0).toString() != QLatin1String("ok"))
        damaged(q.value(0).toString());
}

// Reads one end of the event log; returns the lowest seq it read, null if none.
QVariant checkEventEnd(QSqlDatabase &db, const QString &query, int rows)
{
    QSqlQuery q = run(db, query, {{QStringLiteral("rows"), rows}});
    const qint64 count = q.value(0).toLongLong(), span = q.value(1).toLongLong();
    if (count != span)
        damaged(QStringLiteral("%1 events where the seqs span %2 (%3)").arg(count).arg(span).arg(query));
    if (q.value(2).toLongLong() != 0)
        damaged(QStringLiteral("%1 events whose detail is not JSON").arg(q.value(2).toLongLong()));
    if (q.value(3).toBool())
        damaged(QStringLiteral("the event counter is behind the newest event"));
    return q.value(4);
}

} // namespace

void checkRecentWrites(QSqlDatabase &db, int eventRows, int orderRows)
{
    QElapsedTimer took;
    took.start();
    QSqlQuery tables(db);
    tables.setForwardOnly(true);
    if (!tables.exec(SqliteStorage::sqlText(QStringLiteral("check_tables"))))
        damaged(QStringLiteral("the schema: ") + tables.lastError().text());
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString &table : std::as_const(names))
        quickCheck(db, table);
    const qint64 tablesMs = took.elapsed();
    if (!names.contains(QStringLiteral("sqlite_sequence")))
        return; // no event log yet (a store being made)

    QSqlQuery orders = run(db, QStringLiteral("check_orders_tail"), {{QStringLiteral("rows"), orderRows}});
    if (orders.value(1).toLongLong() != 0 || orders.value(2).toLongLong() != 0)
        damaged(QStringLiteral("of the %1 newest orders, %2 are missing from their primary key and %3 "
                               "from their day's numbers")
                    .arg(orders.value(0).toLongLong()).arg(orders.value(1).toLongLong())
                    .arg(orders.value(2).toLongLong()));
    if (orders.value(3).toLongLong() != 0)
        damaged(QStringLiteral("%1 open orders without a state").arg(orders.value(3).toLongLong()));

    checkEventEnd(db, QStringLiteral("check_events_head"), eventRows);
    const QVariant tailFrom = checkEventEnd(db, QStringLiteral("check_events_tail"), eventRows);
    if (tailFrom.isNull())
        return; // no events
    QSqlQuery index = run(db, QStringLiteral("check_events_index"), {{QStringLiteral("from"), tailFrom}});
    if (index.value(0).toLongLong() != index.value(1).toLongLong())
        damaged(QStringLiteral("events_order holds %1 entries for %2 newest events of orders")
                    .arg(index.value(1).toLongLong()).arg(index.value(0).toLongLong()));
    qCInfo(lcStorage, "the last server did not stop cleanly: checked %lld tables in %lld ms, "
                      "the newest orders and both ends of the event log in %lld ms",
           qint64(names.size()), tablesMs, took.elapsed() - tablesMs);
}

} // namespace presso

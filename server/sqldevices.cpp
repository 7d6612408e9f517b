// SqlStorage's devices (by token hash) and the idempotency records (the first response
// to each device's requestId).
#include "sqlstorage.h"

#include "sqlvalues.h"

namespace presso {

using namespace sqlvalues;

void SqlStorage::insertDevice(const DeviceRecord &d)
{
    run(QStringLiteral("device_insert"),
        {{QStringLiteral("shop"), d.shop}, {QStringLiteral("name"), d.name}, {QStringLiteral("role"), roleName(d.role)},
         {QStringLiteral("token_hash"), d.tokenHash}, {QStringLiteral("created_at"), d.createdAt}});
}

QList<DeviceRecord> SqlStorage::readDevices(QSqlQuery &q)
{
    QList<DeviceRecord> out;
    while (q.next()) {
        DeviceRecord d;
        d.name = q.value(0).toString();
        d.role = roleFromName(q.value(1).toString()).value_or(Role::Display);
        d.tokenHash = q.value(2).toString();
        d.createdAt = q.value(3).toLongLong();
        d.lastSeenAt = optMillis(q.value(4));
        d.shop = q.value(5).toString();
        out.append(d);
    }
    q.finish();
    return out;
}

std::optional<DeviceRecord> SqlStorage::deviceByTokenHash(const QString &hash)
{
    const auto rows = readDevices(run(QStringLiteral("device_by_token"), {{QStringLiteral("token_hash"), hash}}));
    return rows.isEmpty() ? std::nullopt : std::optional<DeviceRecord>(rows.first());
}

QList<DeviceRecord> SqlStorage::devices()
{
    return readDevices(run(QStringLiteral("devices_all"), {}));
}

bool SqlStorage::deleteDevice(const QString &name)
{
    return run(QStringLiteral("device_delete"), {{QStringLiteral("name"), name}}).numRowsAffected() > 0;
}

void SqlStorage::touchDevice(const QString &name, Millis now)
{
    run(QStringLiteral("device_touch"), {{QStringLiteral("name"), name}, {QStringLiteral("now"), now}});
}

std::optional<QByteArray> SqlStorage::storedResponse(const QString &device, const QString &requestId, Millis since)
{
    const QVariant stored = scalar(QStringLiteral("response_get"), {{QStringLiteral("device"), device},
                                                                    {QStringLiteral("request_id"), requestId},
                                                                    {QStringLiteral("since"), since}});
    return stored.isValid() ? std::optional<QByteArray>(stored.toByteArray()) : std::nullopt;
}

void SqlStorage::storeResponse(const QString &device, const QString &requestId, Millis now,
                               const QByteArray &response)
{
    run(QStringLiteral("response_put"), {{QStringLiteral("device"), device},
                                         {QStringLiteral("request_id"), requestId},
                                         {QStringLiteral("created_at"), now},
                                         {QStringLiteral("response"), QString::fromUtf8(response)}});
}

void SqlStorage::pruneResponses(Millis before)
{
    run(QStringLiteral("responses_prune"), {{QStringLiteral("before"), before}});
}

void SqlStorage::setPresence(const QString &server, const QStringList &shops, Millis now)
{
    run(QStringLiteral("presence_clear"), {{QStringLiteral("server"), server}});
    for (const QString &shop : shops)
        run(QStringLiteral("presence_put"),
            {{QStringLiteral("server"), server}, {QStringLiteral("shop"), shop}, {QStringLiteral("now"), now}});
}

QStringList SqlStorage::shopsWithBaristaElsewhere(const QString &server, Millis since)
{
    QSqlQuery &q = run(QStringLiteral("presence_others"),
                       {{QStringLiteral("server"), server}, {QStringLiteral("since"), since}});
    QStringList shops;
    while (q.next())
        shops.append(q.value(0).toString());
    q.finish();
    return shops;
}

void SqlStorage::prunePresence(Millis before)
{
    run(QStringLiteral("presence_prune"), {{QStringLiteral("before"), before}});
}

} // namespace presso

#pragma once

#include "pgcluster.h"
#include "pgstorage.h"
#include "sqlitestorage.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace presso::test {

// Fresh stores of each backend for the storage tests: SQLite files in one temporary
// directory, and databases in one PostgreSQL cluster started for the test executable.
class Stores
{
public:
    static QStringList backends() { return {QStringLiteral("sqlite"), QStringLiteral("postgresql")}; }

    PgCluster &cluster()
    {
        if (!m_pg)
            m_pg = std::make_unique<PgCluster>();
        return *m_pg;
    }

    // The address of a new, empty store of this backend: a file path or a URI.
    QString fresh(const QString &backend)
    {
        const QString name = QStringLiteral("store%1").arg(++m_count);
        if (backend == QLatin1String("sqlite"))
            return QDir(m_dir.path()).filePath(name + QStringLiteral(".db"));
        if (!cluster().isRunning())
            throw std::runtime_error(cluster().error().toStdString());
        return cluster().createDatabase(name);
    }

    // One connection to the store at address (made by fresh()).
    static std::unique_ptr<SqlStorage> open(const QString &address)
    {
        if (PgAddress::isUri(address))
            return std::make_unique<PgStorage>(*PgAddress::fromUri(address));
        return std::make_unique<SqliteStorage>(address);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PgCluster> m_pg;
    int m_count = 0;
};

inline OrderRecord sampleOrder(const QString &id, Millis createdAt, OrderState state = OrderState::AwaitingOrder)
{
    OrderRecord r;
    r.order.id = OrderId{id};
    r.order.state = state;
    r.order.createdAt = createdAt;
    r.order.customerName = QStringLiteral("Ada");
    r.order.deadline = createdAt + 300'000;
    r.tokenHash = QStringLiteral("hash-") + id;
    r.kiosk = QStringLiteral("kiosk-1");
    r.bucket = 42;
    return r;
}

inline StoredEvent sampleEvent(EventType type, const QString &orderId, Millis time)
{
    StoredEvent e;
    e.event.id = QStringLiteral("ev-%1-%2").arg(orderId).arg(time);
    e.event.type = type;
    e.event.time = time;
    e.event.detail = QJsonObject{{QStringLiteral("orderId"), orderId}, {QStringLiteral("name"), QStringLiteral("Zoë ☕")}};
    e.orderId = orderId;
    e.owner = QStringLiteral("kiosk-1");
    return e;
}

} // namespace presso::test

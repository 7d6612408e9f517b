#include "sqliteconnection.h"

#include "sqlitestorage.h"

#include <QSqlError>
#include <QUuid>

namespace presso {

SqliteConnection::SqliteConnection(const QString &path, Mode mode)
    : m_connection(QStringLiteral("presso-maintenance-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_db.setDatabaseName(path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (mode == Mode::ReadOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    m_db.setConnectOptions(options);
    if (!m_db.open())
        throw StorageError(QStringLiteral("cannot open %1: %2").arg(path, m_db.lastError().text()).toStdString());
}

SqliteConnection::~SqliteConnection()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

QSqlQuery SqliteConnection::run(const QString &name, const QVariantHash &values)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(SqliteStorage::sqlText(name)))
        throw StorageError(QStringLiteral("prepare %1: %2").arg(name, q.lastError().text()).toStdString());
    for (auto it = values.constBegin(); it != values.constEnd(); ++it)
        q.bindValue(QLatin1Char(':') + it.key(), it.value());
    if (!q.exec())
        throw StorageError(QStringLiteral("%1: %2").arg(name, q.lastError().text()).toStdString());
    return q;
}

void SqliteConnection::begin()
{
    if (!m_db.transaction())
        throw StorageError("begin: " + m_db.lastError().text().toStdString());
}

void SqliteConnection::commit()
{
    if (!m_db.commit())
        throw StorageError("commit: " + m_db.lastError().text().toStdString());
}

} // namespace presso

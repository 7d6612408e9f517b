#include "sqlitestorage.h"

#include "sqlitecheck.h"

#include <QFile>
#include <QSqlError>

#include <sys/stat.h>

namespace presso {

namespace {
// (device, inode) of the file at path, or (0, 0) when there is none.
std::pair<quint64, quint64> fileIdentity(const QString &path)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return {0, 0};
    return {quint64(st.st_dev), quint64(st.st_ino)};
}
} // namespace

SqliteStorage::SqliteStorage(const QString &path, Check check)
    : SqlStorage(QStringLiteral("sqlite"), QStringLiteral("QSQLITE"))
{
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open())
        fail(QStringLiteral("cannot open database %1").arg(path), m_db.lastError());
    // A full quick_check reads the whole file (about half a second per 500 MB), so a
    // server that was stopped cleanly skips it; after a crash a bounded one runs.
    if (check == Check::Always)
        checkIntegrity();
    else if (metaValue(QStringLiteral("serving")) != QLatin1String("0"))
        checkRecentWrites(m_db);
    exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    // FULL: every commit is on disk before the client hears "ok". NORMAL in WAL mode
    // would survive a crash of the process but could lose the last commits on power
    // loss, and a barista's acknowledged order must survive pulling the plug.
    exec(QStringLiteral("PRAGMA synchronous = FULL"));
    exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    migrate();
    m_file = fileIdentity(path);
}

void SqliteStorage::checkIntegrity()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA quick_check")))
        fail(QStringLiteral("the database file is damaged or not a database"), q.lastError());
    if (q.next() && q.value(0).toString() != QLatin1String("ok"))
        throw StorageError("the database file is damaged: " + q.value(0).toString().toStdString());
}

QString SqliteStorage::metaValue(const QString &key)
{
    // Not a cached statement: before the first migration there is no meta table to
    // prepare against, and that reads as no value.
    QSqlQuery q(m_db);
    q.prepare(sqlText(QStringLiteral("meta_get")));
    q.bindValue(QStringLiteral(":key"), key);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toString();
}

void SqliteStorage::setServing(bool serving)
{
    run(QStringLiteral("meta_put"), {{QStringLiteral("key"), QStringLiteral("serving")},
                                     {QStringLiteral("value"), serving ? QStringLiteral("1") : QStringLiteral("0")}});
}

QString SqliteStorage::sqlText(const QString &name)
{
    return SqlStorage::sqlText(QStringLiteral("sqlite"), name);
}

int SqliteStorage::latestSchemaVersion()
{
    return int(migrationFiles(QStringLiteral("sqlite")).size());
}

int SqliteStorage::schemaVersion()
{
    return metaValue(QStringLiteral("schema_version")).toInt();
}

void SqliteStorage::migrate()
{
    begin();
    try {
        migrateFrom(schemaVersion());
        commit();
    } catch (...) {
        rollback();
        throw;
    }
}

void SqliteStorage::backupTo(const QString &path)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("VACUUM INTO :path"));
    q.bindValue(QStringLiteral(":path"), path);
    if (!q.exec())
        fail(QStringLiteral("backup to %1").arg(path), q.lastError());
}

bool SqliteStorage::reachable()
{
    // SQLite keeps working on a file deleted or replaced under it, and everything
    // committed from then on would be lost: that is not a store that serves.
    // (An in-memory database has no file to check.)
    if (m_file.second != 0 && fileIdentity(m_db.databaseName()) != m_file)
        return false;
    if (m_inTransaction)
        return true; // in the middle of a command, which would have thrown if not
    try {
        QSqlQuery &q = prepared(QStringLiteral("storage_probe"));
        const bool ok = q.exec() && q.next();
        q.finish(); // a read left open would pin a WAL snapshot
        return ok;
    } catch (const StorageError &) {
        return false;
    }
}

void SqliteStorage::savepoint()
{
    run(QStringLiteral("savepoint"), {});
}

void SqliteStorage::releaseSavepoint()
{
    run(QStringLiteral("savepoint_release"), {});
}

qint64 SqliteStorage::externalVersion()
{
    // SQLite's data_version changes with every other connection's commit and never with
    // this one's; inside a transaction it starts the read, so it covers what the
    // transaction sees.
    return scalar(QStringLiteral("data_version")).toLongLong();
}

bool SqliteStorage::changedExternally()
{
    // Asked before every batch: a prepared statement, not a new one each time.
    QSqlQuery &q = prepared(QStringLiteral("data_version"));
    if (!q.exec() || !q.next())
        return false;
    const qint64 version = q.value(0).toLongLong();
    q.finish();
    const bool changed = m_dataVersion >= 0 && version != m_dataVersion;
    m_dataVersion = version;
    return changed;
}

} // namespace presso

#include "sqlitestorage.h"

#include "sqlitecheck.h"

#include <QFile>
#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

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
    // FULL: every commit is on disk before commit() returns. A serving server defers
    // the sync to a WalSyncer (setDeferredSync): NORMAL, and nothing it committed is
    // acknowledged before the syncer's fsync covers it. NORMAL alone would survive a
    // crash of the process but could lose acknowledged commits on power loss.
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

void SqliteStorage::setDeferredSync(bool deferred)
{
    if (deferred == bool(m_syncer))
        return;
    if (!deferred) {
        m_syncer->settle();
        m_syncer.reset();
        exec(QStringLiteral("PRAGMA synchronous = FULL"));
        return;
    }
    // NORMAL in WAL mode: a commit writes its frames without a sync; a checkpoint
    // still syncs the WAL before it copies pages into the database, and the database
    // after, and a WAL that starts over has its header synced.
    exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    m_syncer = std::make_unique<WalSyncer>();
}

sqlite3_file *SqliteStorage::walFile()
{
    // The WAL's file as the connection's VFS opened it, so that its sync goes through
    // that VFS. Null if the connection were not in WAL mode: the syncer then fails
    // rather than acknowledge what no sync covers.
    sqlite3_file *wal = nullptr;
    const QVariant handle = m_db.driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") == 0) {
        if (sqlite3 *db = *static_cast<sqlite3 *const *>(handle.constData()))
            sqlite3_file_control(db, "main", SQLITE_FCNTL_JOURNAL_POINTER, &wal);
    }
    return wal;
}

void SqliteStorage::commit()
{
    SqlStorage::commit();
    if (m_syncer)
        m_syncer->committed(walFile());
}

void SqliteStorage::whenDurable(std::function<void(bool)> then)
{
    if (m_syncer)
        m_syncer->whenDurable(std::move(then));
    else
        then(true);
}

void SqliteStorage::settle()
{
    if (!m_syncer)
        return;
    // A sync of its own, even with nothing of this connection's waiting: it also covers
    // what another connection to the file (a second server in a test) committed without
    // a sync yet, which the catch-up is about to publish.
    m_syncer->committed(walFile());
    m_syncer->settle();
}

bool SqliteStorage::reachable()
{
    // After a failed fsync nothing says what reached the disk: it no longer serves.
    if (m_syncer && m_syncer->failed())
        return false;
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

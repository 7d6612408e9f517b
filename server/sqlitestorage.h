#pragma once

#include "sqlstorage.h"
#include "walsyncer.h"

#include <memory>

namespace presso {

// Storage in one SQLite file through Qt Sql, in WAL mode. SQL text comes from the
// resource files under :/sql/sqlite; SqlStorage binds the values.
class SqliteStorage final : public SqlStorage
{
public:
    // Opens (creating if needed) the database and migrates it to the newest schema.
    // Throws StorageError when the file cannot be opened, is damaged, or is newer
    // than this build understands.
    enum class Check {
        Always,       // PRAGMA quick_check on every open
        AfterCrash,   // only when the last server did not stop cleanly (see setServing),
                      // and then bounded (sqlitecheck.h)
    };
    explicit SqliteStorage(const QString &path, Check check = Check::Always);

    static int latestSchemaVersion();
    // The text of the query in :/sql/sqlite/<name>.sql.
    static QString sqlText(const QString &name);
    int schemaVersion();
    // Marks the database as in use by a serving server (true) or cleanly left (false).
    // A server that opens it still marked was cut off (crash, power loss): it is checked.
    void setServing(bool serving);
    // Writes a consistent copy of the database to path while it is in use.
    void backupTo(const QString &path);

    bool reachable() override;
    QString kind() const override { return QStringLiteral("sqlite"); }
    bool changedExternally() override;
    // Prepared once: a group commit opens and releases one savepoint per request.
    // (PostgreSQL cannot prepare a SAVEPOINT: SqlStorage's run each anew.)
    void savepoint() override;
    void releaseSavepoint() override;
    qint64 externalVersion() override;
    // A file tells no one of its changes: housekeeping looks.
    void watchChanges(std::function<void()>) override {}

    // Deferred: synchronous=NORMAL, and a WalSyncer syncs the WAL after each commit.
    void commit() override;
    void whenDurable(std::function<void(bool durable)> then) override;
    void settle() override;
    void setDeferredSync(bool deferred) override;
    // The syncer while syncs are deferred, else null (tests hold it).
    WalSyncer *walSyncer() { return m_syncer.get(); }

private:
    void migrate();
    sqlite3_file *walFile();
    void checkIntegrity();
    QString metaValue(const QString &key);

    qint64 m_dataVersion = -1;
    // The file opened (device, inode): reachable() checks the path still leads to it.
    std::pair<quint64, quint64> m_file{0, 0};
    // Declared last: stopped before the connection (SqlStorage's) closes.
    std::unique_ptr<WalSyncer> m_syncer;
};

} // namespace presso

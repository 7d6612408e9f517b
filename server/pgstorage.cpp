#include "pgstorage.h"

#include "serverlogging.h"

#include <QSqlDriver>
#include <QSqlError>

namespace presso {

namespace {
const QString kDialect = QStringLiteral("postgresql");
// Every commit that writes notifies this channel (changes_bump.sql).
const QString kChannel = QStringLiteral("presso_changes");
} // namespace

PgStorage::PgStorage(const PgAddress &a)
    : SqlStorage(kDialect, QStringLiteral("QPSQL"))
{
    m_db.setHostName(a.host);
    m_db.setPort(a.port);
    m_db.setUserName(a.user);
    m_db.setPassword(a.password);
    m_db.setDatabaseName(a.database);
    m_db.setConnectOptions(a.options);
    open();
    migrate();
}

int PgStorage::latestSchemaVersion()
{
    return int(migrationFiles(kDialect).size());
}

void PgStorage::open()
{
    forgetQueries(); // prepared statements live and die with their connection
    m_db.close();
    if (!m_db.open())
        fail(QStringLiteral("cannot connect to the PostgreSQL database %1 on %2")
                 .arg(m_db.databaseName(), m_db.hostName().isEmpty() ? QStringLiteral("the local socket") : m_db.hostName()),
             m_db.lastError());
    // A server that dies inside a transaction must not hold the others up for long, and
    // no wait for a lock may last for ever.
    scalar(QStringLiteral("session_limits"));
    if (m_onChange)
        listen();
}

void PgStorage::listen()
{
    // A new connection listens anew; a failure only costs latency (housekeeping looks).
    if (!m_db.driver()->subscribeToNotification(kChannel))
        qCWarning(lcStorage) << "cannot listen for other servers' changes:" << m_db.driver()->lastError().text();
}

void PgStorage::watchChanges(std::function<void()> changed)
{
    const bool first = !m_onChange;
    m_onChange = std::move(changed);
    if (!first)
        return;
    QSqlDriver *driver = m_db.driver();
    QObject::connect(driver, &QSqlDriver::notification, driver,
                     [this](const QString &name, QSqlDriver::NotificationSource source, const QVariant &) {
                         // Our own commits are known already.
                         if (name == kChannel && source == QSqlDriver::OtherSource && m_onChange)
                             m_onChange();
                     });
    listen();
}

int PgStorage::schemaVersion()
{
    // Before the first migration there is no meta table, which reads as version 0. (A
    // failed statement would abort the transaction, so look before reading.)
    if (!scalar(QStringLiteral("meta_exists")).toBool())
        return 0;
    return scalar(QStringLiteral("meta_get"), {{QStringLiteral("key"), QStringLiteral("schema_version")}}).toInt();
}

void PgStorage::migrate()
{
    // Servers starting together on an empty or older database: the first takes the lock
    // and migrates, the others wait for its commit and then find nothing left to do.
    SqlStorage::begin();
    try {
        scalar(QStringLiteral("migration_lock"));
        migrateFrom(schemaVersion());
        SqlStorage::commit();
    } catch (...) {
        rollback();
        forgetQueries(); // the statements prepared against tables that did not exist yet
        throw;
    }
    // Tables made in this transaction: statements prepared before may not know them.
    forgetQueries();
}

void PgStorage::begin()
{
    try {
        SqlStorage::begin();
    } catch (const StorageError &e) {
        // The connection was lost (a database restart, a network cut): once more on a
        // new one. Nothing was done in the transaction that failed to start.
        qCWarning(lcStorage) << "reconnecting to PostgreSQL:" << e.what();
        open();
        SqlStorage::begin();
    }
    // One transaction at a time across all servers, taken before any other lock: the
    // event seq is one locked row anyway, and transactions that took row locks in
    // different orders (a code, an order, the seq) would otherwise deadlock.
    try {
        scalar(QStringLiteral("write_lock"));
    } catch (...) {
        rollback();
        throw;
    }
}

void PgStorage::commit()
{
    const QVariant version = m_inTransaction ? scalar(QStringLiteral("changes_bump")) : QVariant();
    SqlStorage::commit();
    if (!version.isValid())
        return; // nothing written
    // The counter row was ours from the bump to the commit: any step of more than one
    // since we last looked was another writer's.
    const qint64 v = version.toLongLong();
    if (m_seenVersion >= 0 && v != m_seenVersion + 1)
        m_changedBetween = true;
    m_seenVersion = v;
    if (m_cacheSeen >= 0 && v != m_cacheSeen + 1)
        ++m_otherWrites;
    m_cacheSeen = v;
}

bool PgStorage::reachable()
{
    if (m_inTransaction)
        return true; // in the middle of a command, which would have thrown if not
    try {
        return scalar(QStringLiteral("storage_probe")).isValid();
    } catch (const StorageError &) {
        try {
            open();
            return scalar(QStringLiteral("storage_probe")).isValid();
        } catch (const StorageError &) {
            return false;
        }
    }
}

qint64 PgStorage::externalVersion()
{
    // Our own commits move the counter by one each (commit() follows them); any other
    // step is another writer's. Under the write lock no other commit can come between
    // this read and our commit.
    const qint64 version = scalar(QStringLiteral("changes_get")).toLongLong();
    if (m_cacheSeen >= 0 && version != m_cacheSeen)
        ++m_otherWrites;
    m_cacheSeen = version;
    return m_otherWrites;
}

bool PgStorage::changedExternally()
{
    const qint64 version = scalar(QStringLiteral("changes_get")).toLongLong();
    const bool changed = m_changedBetween || (m_seenVersion >= 0 && version != m_seenVersion);
    m_seenVersion = version;
    m_changedBetween = false;
    return changed;
}

} // namespace presso

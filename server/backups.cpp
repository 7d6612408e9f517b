#include "backups.h"

#include "serverlogging.h"
#include "sqliteconnection.h"
#include "sqlitestorage.h"
#include "storelocation.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace presso {

namespace {
const QString kBackupPattern = QStringLiteral("presso-*.db");

// presso-2026-11-29-033000.db, or presso-2026-11-29-033000-2.db for a second one
// within the same second. Without ".db", names sort oldest first.
bool isDatedBackup(const QString &name)
{
    static const QRegularExpression dated(QStringLiteral("^presso-\\d{4}-\\d{2}-\\d{2}-\\d{6}(-\\d+)?\\.db$"));
    return dated.match(name).hasMatch();
}

QString stem(const QString &name)
{
    return name.chopped(3);
}

QString stamp(Millis now)
{
    return QDateTime::fromMSecsSinceEpoch(now).toString(QStringLiteral("yyyy-MM-dd-HHmmss"));
}

// The database file and its WAL companions, which belong together.
const QStringList kCompanions{QString(), QStringLiteral("-wal"), QStringLiteral("-shm")};

void removeWithCompanions(const QString &path)
{
    for (const QString &suffix : kCompanions)
        QFile::remove(path + suffix);
}

bool renameWithCompanions(const QString &from, const QString &to)
{
    for (const QString &suffix : kCompanions) {
        if (QFile::exists(from + suffix) && !QFile::rename(from + suffix, to + suffix))
            return false;
    }
    return true;
}

// A presso store has a meta table with its schema version; any other SQLite file
// (or none) does not.
QString notAPressoStore(const QString &path, const QString &shownAs)
{
    try {
        SqliteConnection db(path, SqliteConnection::Mode::ReadOnly);
        QSqlQuery q = db.run(QStringLiteral("meta_get"), {{QStringLiteral("key"), QStringLiteral("schema_version")}});
        if (q.next() && q.value(0).toInt() > 0)
            return {};
    } catch (const StorageError &) {
    }
    return QStringLiteral("%1 is not a presso store (no schema version in it)").arg(shownAs);
}
} // namespace

StoreLock::StoreLock(const QString &dataDir)
    : m_file(QDir(dataDir).filePath(QStringLiteral("presso.lock")))
{
    // Never stale by age: a server serves for months. A dead holder is detected by pid.
    m_file.setStaleLockTime(0);
}

bool StoreLock::tryLock()
{
    return m_file.tryLock(0);
}

qint64 StoreLock::holder() const
{
    qint64 pid = 0;
    QString host;
    QString app;
    return m_file.getLockInfo(&pid, &host, &app) ? pid : 0;
}

namespace backups {

QString writeDated(SqliteStorage &storage, const QString &dir, Millis now)
{
    if (!QDir().mkpath(dir))
        throw StorageError("cannot create the backup directory " + dir.toStdString());
    const QDir d(dir);
    QString name = QStringLiteral("presso-%1.db").arg(stamp(now));
    for (int n = 2; d.exists(name); ++n)
        name = QStringLiteral("presso-%1-%2.db").arg(stamp(now)).arg(n);
    // Written under another name first, so that a cut-off backup never looks like one.
    const QString partial = d.filePath(name + QStringLiteral(".partial"));
    QFile::remove(partial);
    storage.backupTo(partial);
    if (!QFile::rename(partial, d.filePath(name))) {
        QFile::remove(partial);
        throw StorageError("cannot name the backup " + d.filePath(name).toStdString());
    }
    return d.filePath(name);
}

QStringList prune(const QString &dir, int keep)
{
    QStringList dated = QDir(dir).entryList({kBackupPattern}, QDir::Files);
    dated.removeIf([](const QString &name) { return !isDatedBackup(name); });
    std::sort(dated.begin(), dated.end(), [](const QString &a, const QString &b) { return stem(a) < stem(b); });
    QStringList removed;
    for (qsizetype i = 0; i + keep < dated.size(); ++i) {
        if (QFile::remove(QDir(dir).filePath(dated.at(i))))
            removed.append(dated.at(i));
    }
    return removed;
}

} // namespace backups

RestoreResult restoreStore(const QString &dataDir, const QString &file, Millis now)
{
    if (!QFileInfo(file).isFile())
        return {false, QStringLiteral("there is no backup file %1").arg(file), {}};
    if (const QString problem = notAPressoStore(file, file); !problem.isEmpty())
        return {false, problem, {}};
    const QString store = storeFileIn(dataDir);
    const QString incoming = store + QStringLiteral(".restoring");
    removeWithCompanions(incoming);
    if (!QDir().mkpath(dataDir) || !QFile::copy(file, incoming))
        return {false, QStringLiteral("cannot copy %1 into %2").arg(file, dataDir), {}};
    try {
        // Checked whole and brought to this build's schema before it replaces anything.
        SqliteStorage restored(incoming, SqliteStorage::Check::Always);
        restored.setServing(false);
    } catch (const StorageError &e) {
        removeWithCompanions(incoming);
        return {false, QStringLiteral("%1 cannot be restored: %2").arg(file, QString::fromStdString(e.what())), {}};
    }
    RestoreResult result{true, {}, {}};
    if (QFile::exists(store)) {
        result.keptAside = store + QStringLiteral(".before-restore-") + stamp(now);
        if (!renameWithCompanions(store, result.keptAside)) {
            removeWithCompanions(incoming);
            return {false, QStringLiteral("cannot move the current store aside"), {}};
        }
    }
    if (!renameWithCompanions(incoming, store))
        return {false, QStringLiteral("cannot put the backup in place; the previous store is %1").arg(result.keptAside), {}};
    qCInfo(lcStorage) << "restored" << file << "into" << store;
    return result;
}

} // namespace presso

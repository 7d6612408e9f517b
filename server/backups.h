#pragma once

#include "clock.h"

#include <QLockFile>
#include <QString>
#include <QStringList>

namespace presso {

class SqliteStorage;

// Held by a serving server for as long as it serves a data directory, so that a
// restore (or a second server) cannot replace the store under it. A server that died
// leaves a stale lock, which the next one takes over.
class StoreLock
{
public:
    explicit StoreLock(const QString &dataDir);
    bool tryLock();
    // The process holding the lock, when tryLock() failed because of one.
    qint64 holder() const;

private:
    QLockFile m_file;
};

// Dated backups in a directory: presso-YYYY-MM-DD-HHMMSS.db, newest last by name.
namespace backups {
// Writes a consistent copy of the store into dir under a dated name and returns its path.
QString writeDated(SqliteStorage &storage, const QString &dir, Millis now);
// Deletes all but the newest keep dated backups in dir (other files are left alone);
// returns the names deleted.
QStringList prune(const QString &dir, int keep);
} // namespace backups

struct RestoreResult
{
    bool ok = false;
    QString error;
    QString keptAside; // where the replaced store went, empty when there was none
};

// Replaces the store in dataDir with the backup in file, which must be a presso store
// this build can open (an older one is migrated). The caller holds the StoreLock.
// Nothing changes unless the backup checks out; the replaced store is renamed, not deleted.
RestoreResult restoreStore(const QString &dataDir, const QString &file, Millis now);

} // namespace presso

#include "openstorage.h"

#include "pgstorage.h"
#include "storelocation.h"

#include <QDir>

namespace presso {

std::unique_ptr<SqlStorage> openStorage(const QString &database, const QString &dataDir, SqliteStorage::Check check)
{
    if (!database.isEmpty()) {
        QString error;
        const auto address = PgAddress::fromUri(database, &error);
        if (!address)
            throw StorageError("--database: " + error.toStdString());
        return std::make_unique<PgStorage>(*address);
    }
    if (!QDir().mkpath(dataDir))
        throw StorageError("cannot create the data directory " + dataDir.toStdString());
    return std::make_unique<SqliteStorage>(storeFileIn(dataDir), check);
}

} // namespace presso

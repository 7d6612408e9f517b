#pragma once

#include "sqlitestorage.h"

#include <memory>

namespace presso {

// Opens the store a command names: the PostgreSQL database of a connection URI
// (--database), or else the SQLite file in a data directory, made if need be.
// Throws StorageError when it cannot.
std::unique_ptr<SqlStorage> openStorage(const QString &database, const QString &dataDir,
                                        SqliteStorage::Check check = SqliteStorage::Check::Always);

} // namespace presso

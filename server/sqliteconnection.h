#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantHash>

namespace presso {

// A plain connection to one SQLite file for the maintenance commands (restore, the
// event archive), beside SqliteStorage: no migration, no schema of its own. Queries
// come from the SQL resource files like SqliteStorage's. Methods throw StorageError.
class SqliteConnection
{
public:
    enum class Mode { ReadOnly, ReadWrite };
    SqliteConnection(const QString &path, Mode mode);
    ~SqliteConnection();
    SqliteConnection(const SqliteConnection &) = delete;
    SqliteConnection &operator=(const SqliteConnection &) = delete;

    // Runs the query in :/sql/sqlite/<name>.sql with these values bound.
    QSqlQuery run(const QString &name, const QVariantHash &values = {});
    void begin();
    void commit();

private:
    QString m_connection;
    QSqlDatabase m_db;
};

} // namespace presso

#pragma once

#include "sqlstorage.h"

#include <QUrl>

namespace presso {

// Where a PostgreSQL database is, read from a libpq connection URI
// (postgresql://user:password@host:port/db?sslmode=...). What libpq finds by itself
// (PGPASSWORD, PGHOST, ~/.pgpass) stays with libpq: an absent part stays empty.
struct PgAddress
{
    QString host; // a name, an address, or a directory holding the unix socket
    int port = -1;
    QString user;
    QString password;
    QString database;
    QString options; // the other parameters, as Qt's QPSQL takes them: "k='v';k='v'"

    // Nothing when uri is not a postgresql:// or postgres:// URI; *error says why.
    static std::optional<PgAddress> fromUri(const QString &uri, QString *error = nullptr);
    static bool isUri(const QString &text);
};

// Storage in a PostgreSQL database through Qt Sql's QPSQL driver, shared by several
// servers. SQL text comes from :/sql/postgresql. Seqs and order numbers come from rows
// locked until commit, so that they become visible in the order they were given and
// never repeat; due orders are taken with SKIP LOCKED, so each times out once.
class PgStorage final : public SqlStorage
{
public:
    // Connects and creates or migrates the schema (one server at a time, under an
    // advisory lock). Throws StorageError when the database cannot be reached or is
    // newer than this build understands.
    explicit PgStorage(const PgAddress &address);

    static int latestSchemaVersion();
    int schemaVersion();

    void begin() override;
    void commit() override;
    bool reachable() override;
    QString kind() const override { return QStringLiteral("postgresql"); }
    bool changedExternally() override;
    qint64 externalVersion() override;
    void watchChanges(std::function<void()> changed) override;

private:
    void open();
    void listen();
    void migrate();

    // The change counter (table changes) as this connection last knew it, -1 before the
    // first look; and whether another writer was seen between two commits of ours.
    qint64 m_seenVersion = -1;
    bool m_changedBetween = false;
    // The same, kept apart for externalVersion(): the counter as last known, and how many
    // times another writer was seen to move it.
    qint64 m_cacheSeen = -1;
    qint64 m_otherWrites = 0;
    std::function<void()> m_onChange;
};

} // namespace presso

#pragma once

#include "clock.h"
#include "pressoserver.h"
#include "sqlitestorage.h"

#include <QTemporaryDir>
#include <memory>

namespace presso::test {

// A real presso server for tests: a real SQLite file in a temporary directory (or a
// PostgreSQL database, given its URI), a ManualClock, listening on 127.0.0.1 port 0. restart() closes it and opens a new
// server on the same data directory and port, as after a crash or a reboot.
class TestServer
{
public:
    // Starts at a fixed moment well inside a bucket, on a weekday morning.
    static constexpr Millis kStart = 1'795'000'000'000 + 60'000;

    // helloTimeoutMs: how long a connection may stay silent before hello (the
    // server's default, 10 s, unless a test needs to see the timeout happen).
    explicit TestServer(Millis start = kStart,
                        int helloTimeoutMs = PressoServer::Options{}.helloTimeoutMs);
    // On the store database names: a PostgreSQL connection URI, the path of another
    // server's SQLite file, or empty for a SQLite file of its own.
    explicit TestServer(QString database, Millis start = kStart,
                        int helloTimeoutMs = PressoServer::Options{}.helloTimeoutMs);
    ~TestServer();

    // A second server on this one's store (the same SQLite file), on a port of its own,
    // as several servers share one database; its clock starts at this one's time. This
    // server (which owns the file) must outlive it.
    std::unique_ptr<TestServer> sharingStore() const;

    // Where it listens, or listened before stop(): a restart takes the same port.
    QUrl url() const { return m_url; }
    ManualClock &clock() { return m_clock; }
    PressoServer &server() { return *m_server; }
    Services &services() { return m_server->services(); }
    QString dataDir() const { return m_dir.path(); }
    QString databasePath() const;
    SqlStorage &storage() { return *m_storage; }

    // Adds a device and returns its token.
    QString addDevice(Role role, const QString &name);
    void restart();
    void stop();
    // Serves wss:// and https:// from now on, on the same port.
    void serveTls(const QSslConfiguration &tls);

private:
    void open();
    bool onPostgres() const;

    QTemporaryDir m_dir;
    QString m_database; // a PostgreSQL URI, another server's SQLite file, or empty: one in m_dir
    ManualClock m_clock;
    int m_helloTimeoutMs;
    quint16 m_port = 0;
    QUrl m_url;
    std::optional<QSslConfiguration> m_tls;
    std::unique_ptr<SqlStorage> m_storage;
    std::unique_ptr<PressoServer> m_server;
};

} // namespace presso::test

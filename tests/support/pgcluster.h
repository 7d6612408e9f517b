#pragma once

#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <atomic>

namespace presso::test {

// A throwaway PostgreSQL 15 cluster for tests: initdb and pg_ctl in a temporary
// directory, listening on 127.0.0.1 on a free port, its unix socket in that directory.
// PostgreSQL refuses to run as root, so under root (as on CI) the cluster belongs to
// the unprivileged user nobody. Its superuser is presso, with a password, over TCP.
// Stopped and removed in the destructor. One per test executable: it takes about 2 s.
class PgCluster
{
public:
    PgCluster();
    ~PgCluster();
    PgCluster(const PgCluster &) = delete;
    PgCluster &operator=(const PgCluster &) = delete;

    // Whether it runs; else error() says why (PostgreSQL 15 not installed, a failed start).
    bool isRunning() const { return m_running; }
    QString error() const { return m_error; }

    // Makes a new, empty database and returns its connection URI.
    QString createDatabase(const QString &name);
    QString uri(const QString &database) const;
    int port() const { return m_port; }
    // Runs a PostgreSQL client program (psql, pg_dump, ...) against the cluster with the
    // password in the environment; returns its standard output, or throws.
    QByteArray runClient(const QString &program, const QStringList &args);

    // A crash of the database server: SIGKILL to the postmaster and then to every
    // process it started (as a power cut would take them all), with no shutdown.
    // Returns how many processes were killed (0: nothing ran).
    int kill();
    // Starts the cluster again on the same data and port (PostgreSQL recovers from its
    // WAL) and waits until it accepts connections.
    bool restart();

    static constexpr char kUser[] = "presso";
    static constexpr char kPassword[] = "presso-test";

private:
    bool start();
    bool startServer();
    bool waitUntilReady();
    // Runs one of PostgreSQL's programs as the cluster's owner; false with m_error set.
    bool runAsOwner(const QString &program, const QStringList &args);

    QTemporaryDir m_dir;
    QString m_dataDir;
    int m_port = 0;
    std::atomic<bool> m_running = false; // kill() may come from another thread
    QString m_error;
};

} // namespace presso::test

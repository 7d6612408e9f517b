#include "testserver.h"

#include "openstorage.h"
#include "testservices.h"

#include <QDir>
#include <stdexcept>

namespace presso::test {

TestServer::TestServer(Millis start, int helloTimeoutMs)
    : m_clock(start)
    , m_helloTimeoutMs(helloTimeoutMs)
{
    open();
}

TestServer::TestServer(QString database, Millis start, int helloTimeoutMs)
    : m_database(std::move(database))
    , m_clock(start)
    , m_helloTimeoutMs(helloTimeoutMs)
{
    open();
}

bool TestServer::onPostgres() const
{
    return m_database.startsWith(QLatin1String("postgresql://")) || m_database.startsWith(QLatin1String("postgres://"));
}

std::unique_ptr<TestServer> TestServer::sharingStore() const
{
    return std::unique_ptr<TestServer>(
        new TestServer(onPostgres() ? m_database : databasePath(), m_clock.now(), m_helloTimeoutMs));
}

TestServer::~TestServer()
{
    stop();
}

QString TestServer::databasePath() const
{
    return m_database.isEmpty() ? QDir(m_dir.path()).filePath(QStringLiteral("presso.db")) : m_database;
}

void TestServer::open()
{
    if (onPostgres())
        m_storage = openStorage(m_database, m_dir.path());
    else
        m_storage = std::make_unique<SqliteStorage>(databasePath());
    m_server = std::make_unique<PressoServer>(*m_storage, m_clock);
    PressoServer::Options options;
    // The first start picks a free port; a restart takes the same one, so that clients
    // reconnect to the server they knew.
    options.port = m_port;
    options.helloTimeoutMs = m_helloTimeoutMs;
    options.tls = m_tls;
    if (!m_server->start(options))
        throw std::runtime_error("test server did not start: " + m_server->errorString().toStdString());
    m_url = m_server->url();
    m_port = quint16(m_url.port());
}

void TestServer::stop()
{
    m_server.reset();
    m_storage.reset();
}

void TestServer::restart()
{
    stop();
    open();
}

void TestServer::serveTls(const QSslConfiguration &tls)
{
    m_tls = tls;
    restart();
}

QString TestServer::addDevice(Role role, const QString &name)
{
    return presso::test::addDevice(services(), role, name);
}

} // namespace presso::test

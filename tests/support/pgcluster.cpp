#include "pgcluster.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTest>

#include <pwd.h>
#include <unistd.h>

namespace presso::test {

namespace {
const QString kBin = QStringLiteral("/usr/lib/postgresql/15/bin/");
constexpr int kProgramTimeoutMs = 60'000;

// The user the cluster runs as when this process is root: PostgreSQL refuses root.
const passwd *unprivilegedUser()
{
    return geteuid() == 0 ? getpwnam("nobody") : nullptr;
}

int freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}
} // namespace

PgCluster::PgCluster()
    : m_dir(QDir::temp().filePath(QStringLiteral("presso-pg-XXXXXX")))
{
    m_dataDir = QDir(m_dir.path()).filePath(QStringLiteral("data"));
    if (!QFile::exists(kBin + QStringLiteral("initdb"))) {
        m_error = QStringLiteral("PostgreSQL 15 is not installed (tools/setup/install-deps.sh installs it)");
        return;
    }
    m_running = start();
}

PgCluster::~PgCluster()
{
    if (m_running)
        runAsOwner(QStringLiteral("pg_ctl"), {QStringLiteral("stop"), QStringLiteral("-D"), m_dataDir,
                                              QStringLiteral("-m"), QStringLiteral("immediate")});
}

bool PgCluster::start()
{
    if (const passwd *user = unprivilegedUser()) {
        if (chown(QFile::encodeName(m_dir.path()).constData(), user->pw_uid, user->pw_gid) != 0) {
            m_error = QStringLiteral("cannot give the cluster's directory to nobody");
            return false;
        }
    }
    const QString pwfile = QDir(m_dir.path()).filePath(QStringLiteral("pwfile"));
    {
        QFile f(pwfile);
        if (!f.open(QIODevice::WriteOnly) || f.write(kPassword) < 0)
            return false;
    }
    if (const passwd *user = unprivilegedUser())
        chown(QFile::encodeName(pwfile).constData(), user->pw_uid, user->pw_gid);
    if (!runAsOwner(QStringLiteral("initdb"),
                    {QStringLiteral("-D"), m_dataDir, QStringLiteral("-U"), QString::fromLatin1(kUser),
                     QStringLiteral("--pwfile=") + pwfile, QStringLiteral("--auth-local=trust"),
                     QStringLiteral("--auth-host=scram-sha-256"), QStringLiteral("--locale=C"),
                     QStringLiteral("--encoding=UTF8"), QStringLiteral("--no-sync")}))
        return false;
    m_port = freePort();
    const QString options = QStringLiteral("-c listen_addresses=127.0.0.1 -c port=%1 -c unix_socket_directories=%2")
                                .arg(m_port)
                                .arg(m_dir.path());
    // -W: pg_ctl returns at once; readiness is polled below.
    if (!runAsOwner(QStringLiteral("pg_ctl"),
                    {QStringLiteral("start"), QStringLiteral("-W"), QStringLiteral("-D"), m_dataDir,
                     QStringLiteral("-l"), QDir(m_dir.path()).filePath(QStringLiteral("server.log")),
                     QStringLiteral("-o"), options}))
        return false;
    return waitUntilReady();
}

bool PgCluster::waitUntilReady()
{
    const bool ready = QTest::qWaitFor(
        [this] {
            QProcess probe;
            probe.start(kBin + QStringLiteral("pg_isready"),
                        {QStringLiteral("-q"), QStringLiteral("-h"), QStringLiteral("127.0.0.1"),
                         QStringLiteral("-p"), QString::number(m_port)});
            return probe.waitForFinished(kProgramTimeoutMs) && probe.exitStatus() == QProcess::NormalExit
                   && probe.exitCode() == 0;
        },
        30'000);
    if (!ready) {
        QFile log(QDir(m_dir.path()).filePath(QStringLiteral("server.log")));
        log.open(QIODevice::ReadOnly);
        m_error = QStringLiteral("PostgreSQL did not become ready: ") + QString::fromLocal8Bit(log.readAll());
    }
    return ready;
}

bool PgCluster::runAsOwner(const QString &program, const QStringList &args)
{
    QProcess p;
    p.setWorkingDirectory(m_dir.path()); // nobody may not enter the test's own directory
    p.setProcessChannelMode(QProcess::MergedChannels);
    if (const passwd *user = unprivilegedUser()) {
        p.start(QStringLiteral("setpriv"),
                QStringList{QStringLiteral("--reuid=%1").arg(user->pw_uid), QStringLiteral("--regid=%1").arg(user->pw_gid),
                            QStringLiteral("--clear-groups"), kBin + program}
                    + args);
    } else {
        p.start(kBin + program, args);
    }
    if (!p.waitForFinished(kProgramTimeoutMs) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        m_error = QStringLiteral("%1 failed: %2").arg(program, QString::fromLocal8Bit(p.readAll()));
        return false;
    }
    return true;
}

QByteArray PgCluster::runClient(const QString &program, const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGPASSWORD"), QString::fromLatin1(kPassword));
    p.setProcessEnvironment(env);
    p.start(kBin + program, QStringList{QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                                        QString::number(m_port), QStringLiteral("-U"), QString::fromLatin1(kUser)}
                                + args);
    if (!p.waitForFinished(kProgramTimeoutMs) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        throw std::runtime_error((program + QStringLiteral(" failed: ")).toStdString() + p.readAllStandardError().toStdString());
    return p.readAllStandardOutput();
}

QString PgCluster::createDatabase(const QString &name)
{
    runClient(QStringLiteral("createdb"), {name});
    return uri(name);
}

QString PgCluster::uri(const QString &database) const
{
    return QStringLiteral("postgresql://%1:%2@127.0.0.1:%3/%4")
        .arg(QLatin1String(kUser), QLatin1String(kPassword))
        .arg(m_port)
        .arg(database);
}

} // namespace presso::test

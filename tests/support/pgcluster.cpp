#include "pgcluster.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTest>

#include <algorithm>
#include <csignal>
#include <cerrno>
#include <pwd.h>
#include <sys/prctl.h>
#include <sys/wait.h>
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

// The fields of /proc/PID/stat after "pid (comm) ": state, ppid, ... (empty when gone).
// The comm may hold spaces, so they are read after the last ')'.
QList<QByteArray> procStat(int pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return {};
    const QByteArray line = stat.readAll();
    return line.mid(line.lastIndexOf(')') + 2).split(' ');
}

// Gone for good: reaped, so that a new postmaster's check of the old one's pid (kill 0,
// which a zombie still answers) finds nothing. The cluster's processes are this one's
// children once pg_ctl has left (see the constructor), so it reaps them itself.
bool gone(int pid)
{
    if (waitpid(pid, nullptr, WNOHANG) == pid)
        return true;
    return errno == ECHILD && ::kill(pid, 0) != 0;
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
    // pg_ctl starts the postmaster and leaves: the orphan comes to this process rather
    // than to init, so that kill() can reap it before the cluster starts again.
    prctl(PR_SET_CHILD_SUBREAPER, 1);
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
    return startServer();
}

bool PgCluster::startServer()
{
    // After a crash PostgreSQL makes its whole data directory durable before it recovers;
    // file by file (the default) that took 3 to 5 s here, one syncfs() takes a fraction.
    const QString options = QStringLiteral("-c listen_addresses=127.0.0.1 -c port=%1 -c unix_socket_directories=%2 "
                                           "-c recovery_init_sync_method=syncfs")
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

int PgCluster::kill()
{
    QFile pidFile(QDir(m_dataDir).filePath(QStringLiteral("postmaster.pid")));
    if (!pidFile.open(QIODevice::ReadOnly))
        return 0;
    const int postmaster = pidFile.readLine().trimmed().toInt();
    if (postmaster <= 0 || ::kill(postmaster, SIGKILL) != 0)
        return 0;
    QList<int> killed{postmaster};
    // Its children (backends, the checkpointer, the WAL writer) outlive it for a moment
    // and would keep the shared memory that a new postmaster refuses to share.
    const QDir proc(QStringLiteral("/proc"));
    for (const QString &entry : proc.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QList<QByteArray> fields = procStat(entry.toInt());
        if (fields.size() > 1 && fields.at(1).toInt() == postmaster && ::kill(entry.toInt(), SIGKILL) == 0)
            killed.append(entry.toInt());
    }
    if (!QTest::qWaitFor([&killed] { return std::all_of(killed.cbegin(), killed.cend(), gone); }, 10'000))
        m_error = QStringLiteral("a killed PostgreSQL process did not go");
    m_running = false;
    return int(killed.size());
}

bool PgCluster::restart()
{
    m_running = startServer();
    return m_running;
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

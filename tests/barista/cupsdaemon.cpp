#include "cupsdaemon.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTest>

#include <unistd.h>

namespace presso::test {

namespace {
bool writeFile(const QString &path, const QString &text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(text.toUtf8()) == text.toUtf8().size();
}

QString readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}
} // namespace

CupsDaemon::CupsDaemon()
    : m_dir(QDir::tempPath() + QStringLiteral("/presso-cups-XXXXXX"))
{
}

CupsDaemon::~CupsDaemon()
{
    if (m_cupsd.state() != QProcess::NotRunning) {
        m_cupsd.terminate();
        if (!m_cupsd.waitForFinished(10'000))
            m_cupsd.kill();
    }
}

bool CupsDaemon::writeConfig(QString *why)
{
    const QString d = m_dir.path();
    // Filters run as the lp user: they must be able to reach the spool inside.
    QFile::setPermissions(d, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                 | QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
                                 | QFileDevice::ExeOther);
    for (const char *sub : {"etc", "spool/tmp", "cache", "state", "log", "out", "gstmp"})
        QDir(d).mkpath(QString::fromLatin1(sub));
    const QString files = QStringLiteral(
        "ServerRoot /etc/cups\nRequestRoot %1/spool\nTempDir %1/spool/tmp\nCacheDir %1/cache\n"
        "StateDir %1/state\nErrorLog %1/log/error_log\nAccessLog %1/log/access_log\n"
        "PageLog %1/log/page_log\nUser lp\nGroup lp\nSystemGroup root\n").arg(d);
    const QString server = QStringLiteral(
        "Listen %1\nLogLevel info\nBrowsing No\nWebInterface No\nDefaultAuthType None\n"
        "<Location />\n  Order allow,deny\n  Allow all\n</Location>\n"
        "<Policy default>\n  <Limit All>\n    Order deny,allow\n  </Limit>\n</Policy>\n").arg(socketPath());
    const QString pdf = QStringLiteral("Out %1/out\nSpool %1/spool/pdf\nLog %1/log\nGSTmp %1/gstmp\nGrp lp\nLogType 3\n").arg(d);
    if (!writeFile(d + QStringLiteral("/etc/cups-files.conf"), files) || !writeFile(d + QStringLiteral("/etc/cupsd.conf"), server)
        || !writeFile(d + QStringLiteral("/etc/cups-pdf.conf"), pdf)) {
        *why = QStringLiteral("cannot write the CUPS configuration in ") + d;
        return false;
    }
    return true;
}

bool CupsDaemon::start(QString *why)
{
    if (geteuid() != 0) {
        *why = QStringLiteral("cups-pdf runs only as a root-owned backend of a cupsd started by root");
        return false;
    }
    for (const char *tool : {"cupsd", "lpadmin", "unshare"}) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool), {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")}).isEmpty()) {
            *why = QStringLiteral("%1 is not installed (packages cups, printer-driver-cups-pdf)").arg(QString::fromLatin1(tool));
            return false;
        }
    }
    if (!QFileInfo::exists(QStringLiteral("/usr/lib/cups/backend/cups-pdf"))) {
        *why = QStringLiteral("the cups-pdf backend is not installed (printer-driver-cups-pdf)");
        return false;
    }
    if (!m_dir.isValid() || !writeConfig(why))
        return false;
    const QString script = QStringLiteral("mount --bind '%1/etc' /etc/cups && exec cupsd -f -c /etc/cups/cupsd.conf "
                                          "-s /etc/cups/cups-files.conf").arg(m_dir.path());
    m_cupsd.setProcessChannelMode(QProcess::MergedChannels);
    m_cupsd.start(QStringLiteral("unshare"), {QStringLiteral("--mount"), QStringLiteral("--propagation"),
                                              QStringLiteral("private"), QStringLiteral("sh"), QStringLiteral("-c"), script});
    const bool up = QTest::qWaitFor([&] { return QFileInfo::exists(socketPath()) || m_cupsd.state() == QProcess::NotRunning; }, 10'000);
    if (!up || !QFileInfo::exists(socketPath())) {
        *why = QStringLiteral("cupsd did not start: ") + QString::fromUtf8(m_cupsd.readAll()) + log();
        return false;
    }
    return true;
}

bool CupsDaemon::addPdfQueue(const QString &name, QString *why)
{
    QProcess lpadmin;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CUPS_SERVER"), socketPath());
    lpadmin.setProcessEnvironment(env);
    lpadmin.setProcessChannelMode(QProcess::MergedChannels);
    // cups-pdf takes PostScript. Made by Ghostscript (the default), the PostScript loses the
    // fonts' map back to Unicode and the PDF's text cannot be read; cairo keeps it.
    lpadmin.start(QStringLiteral("lpadmin"), {QStringLiteral("-p"), name, QStringLiteral("-E"), QStringLiteral("-v"),
                                              QStringLiteral("cups-pdf:/"), QStringLiteral("-P"),
                                              QStringLiteral("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd"),
                                              QStringLiteral("-o"), QStringLiteral("pdftops-renderer-default=pdftocairo")});
    if (!lpadmin.waitForFinished(30'000) || lpadmin.exitCode() != 0) {
        *why = QStringLiteral("lpadmin failed: ") + QString::fromUtf8(lpadmin.readAll());
        return false;
    }
    return true;
}

QString CupsDaemon::log() const
{
    return readFile(m_dir.filePath(QStringLiteral("log/error_log")));
}

} // namespace presso::test

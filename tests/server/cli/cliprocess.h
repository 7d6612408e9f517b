#pragma once

// The presso-server binary run as the shop owner runs it, for the command-line tests.
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTimer>
#include <QUrl>

namespace presso::test {

inline const QString kBinary = QStringLiteral(PRESSO_SERVER_BINARY);

struct Output
{
    int code = -1;
    QString out;
    QString err;
};

// One command on the store in dataDir (none: no --data-dir at all), to its end.
inline Output runCli(const QString &dataDir, const QStringList &args,
                     const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    const QStringList store = dataDir.isEmpty() ? QStringList{} : QStringList{QStringLiteral("--data-dir"), dataDir};
    p.start(kBinary, store + args);
    p.waitForFinished(30'000);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

// A running `presso-server serve`, stopped with SIGTERM.
class ServerProcess
{
public:
    explicit ServerProcess(const QString &dataDir, const QStringList &extra = {})
    {
        m_process.start(kBinary, QStringList{QStringLiteral("--data-dir"), dataDir, QStringLiteral("serve"),
                                             QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")} + extra);
        // Until the first line, or the end of a server that refused to start.
        QEventLoop loop;
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &loop, &QEventLoop::quit);
        QObject::connect(&m_process, &QProcess::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(10'000, &loop, &QEventLoop::quit);
        const QDeadlineTimer deadline(10'000);
        while (!m_process.canReadLine() && m_process.state() != QProcess::NotRunning && !deadline.hasExpired())
            loop.exec();
        const QString first = QString::fromUtf8(m_process.readLine()).trimmed();
        if (first.startsWith(QLatin1String("listening on ")))
            m_url = QUrl(first.mid(13));
    }
    ~ServerProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            m_process.waitForFinished(10'000);
        }
    }
    QUrl url() const { return m_url; }
    QProcess &process() { return m_process; }

private:
    QProcess m_process;
    QUrl m_url;
};

} // namespace presso::test

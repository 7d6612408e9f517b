#include "speechdaemon.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTest>

namespace presso::test {

namespace {
// Where Debian puts the output modules; PRESSO_SPEECHD_MODULES points elsewhere (a
// package unpacked by hand).
QString moduleDir()
{
    const QString given = qEnvironmentVariable("PRESSO_SPEECHD_MODULES");
    return given.isEmpty() ? QStringLiteral("/usr/lib/speech-dispatcher-modules") : given;
}

bool writeFile(const QString &path, const QByteArray &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
}
} // namespace

SpeechDaemon::SpeechDaemon()
    : m_dir(QDir::tempPath() + QStringLiteral("/presso-speechd-XXXXXX"))
{
}

SpeechDaemon::~SpeechDaemon()
{
    if (m_daemon.state() != QProcess::NotRunning) {
        m_daemon.terminate();
        if (!m_daemon.waitForFinished(5'000))
            m_daemon.kill();
    }
}

bool SpeechDaemon::start(QString *why)
{
    const QString module = moduleDir() + QStringLiteral("/sd_espeak-ng");
    if (QStandardPaths::findExecutable(QStringLiteral("speech-dispatcher")).isEmpty() || !QFileInfo::exists(module)) {
        *why = QStringLiteral("Speech Dispatcher with espeak-ng is not installed (packages speech-dispatcher, "
                              "speech-dispatcher-espeak-ng, qt6-speech-speechd-plugin)");
        return false;
    }
    // Only espeak-ng, into PulseAudio; nothing of the machine's own configuration.
    if (!m_dir.isValid() || !QDir(m_dir.path()).mkpath(QStringLiteral("modules"))
        || !writeFile(m_dir.filePath(QStringLiteral("speechd.conf")),
                      "AddModule \"espeak-ng\" \"sd_espeak-ng\" \"espeak-ng.conf\"\n"
                      "DefaultModule espeak-ng\nAudioOutputMethod \"pulse\"\n")
        || !writeFile(m_dir.filePath(QStringLiteral("modules/espeak-ng.conf")), "")) {
        *why = QStringLiteral("cannot write the configuration in ") + m_dir.path();
        return false;
    }
    // Its pid file and cache in the temporary directory too, or a second test would find
    // the first one's daemon "already running".
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_dir.path());
    env.insert(QStringLiteral("XDG_CACHE_HOME"), m_dir.path());
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.path());
    m_daemon.setProcessEnvironment(env);
    m_daemon.setProcessChannelMode(QProcess::MergedChannels);
    m_daemon.start(QStringLiteral("speech-dispatcher"),
                   {QStringLiteral("--run-single"), QStringLiteral("--timeout"), QStringLiteral("0"),
                    QStringLiteral("--config-dir"), m_dir.path(), QStringLiteral("--module-dir"), moduleDir(),
                    QStringLiteral("--socket-path"), socketPath(), QStringLiteral("--log-dir"), m_dir.path(),
                    QStringLiteral("--pid-file"), m_dir.filePath(QStringLiteral("speechd.pid"))});
    const bool up = QTest::qWaitFor([&] { return QFileInfo::exists(socketPath()) || m_daemon.state() == QProcess::NotRunning; }, 10'000);
    if (!up || !QFileInfo::exists(socketPath())) {
        *why = QStringLiteral("speech-dispatcher did not start: ") + QString::fromUtf8(m_daemon.readAll());
        return false;
    }
    qputenv("SPEECHD_ADDRESS", (QStringLiteral("unix_socket:") + socketPath()).toLocal8Bit());
    return true;
}

} // namespace presso::test

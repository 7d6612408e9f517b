#include "pulsedaemon.h"

#include <QFileInfo>
#include <QStandardPaths>
#include <QTest>

#include <cstdlib>

namespace presso::test {

PulseDaemon::PulseDaemon()
    : m_dir(QDir::tempPath() + QStringLiteral("/presso-pulse-XXXXXX"))
{
}

PulseDaemon::~PulseDaemon()
{
    for (QProcess *p : {&m_recorder, &m_daemon}) {
        if (p->state() != QProcess::NotRunning) {
            p->terminate();
            if (!p->waitForFinished(5'000))
                p->kill();
        }
    }
}

QProcessEnvironment PulseDaemon::clientEnvironment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PULSE_SERVER"), QStringLiteral("unix:") + socketPath());
    // Nothing of the user's own sound setup: a runtime dir, a home and no autospawn.
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.path());
    env.insert(QStringLiteral("HOME"), m_dir.path());
    env.insert(QStringLiteral("PULSE_CLIENTCONFIG"), m_dir.filePath(QStringLiteral("client.conf")));
    return env;
}

bool PulseDaemon::start(QString *why)
{
    for (const char *tool : {"pulseaudio", "parec"}) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty()) {
            *why = QStringLiteral("%1 is not installed (packages pulseaudio, pulseaudio-utils)").arg(QString::fromLatin1(tool));
            return false;
        }
    }
    if (!m_dir.isValid()) {
        *why = QStringLiteral("no temporary directory");
        return false;
    }
    QFile client(m_dir.filePath(QStringLiteral("client.conf")));
    if (!client.open(QIODevice::WriteOnly) || client.write("autospawn = no\n") < 0) {
        *why = QStringLiteral("cannot write ") + client.fileName();
        return false;
    }
    client.close();
    m_daemon.setProcessEnvironment(clientEnvironment());
    m_daemon.setProcessChannelMode(QProcess::MergedChannels);
    // -n: no default script, so nothing but these two modules (no hardware, no D-Bus).
    m_daemon.start(QStringLiteral("pulseaudio"),
                   {QStringLiteral("-n"), QStringLiteral("--daemonize=no"), QStringLiteral("--exit-idle-time=-1"),
                    QStringLiteral("--use-pid-file=no"), QStringLiteral("--log-target=stderr"),
                    QStringLiteral("--load=module-null-sink sink_name=%1").arg(QString::fromLatin1(kSink)),
                    QStringLiteral("--load=module-native-protocol-unix auth-anonymous=1 socket=%1").arg(socketPath())});
    const bool up = QTest::qWaitFor([&] { return QFileInfo::exists(socketPath()) || m_daemon.state() == QProcess::NotRunning; }, 10'000);
    if (!up || !QFileInfo::exists(socketPath())) {
        *why = QStringLiteral("pulseaudio did not start: ") + QString::fromUtf8(m_daemon.readAll());
        return false;
    }
    const QProcessEnvironment env = clientEnvironment();
    for (const char *name : {"PULSE_SERVER", "PULSE_CLIENTCONFIG"})
        qputenv(name, env.value(QString::fromLatin1(name)).toLocal8Bit());
    return true;
}

bool PulseDaemon::startRecording(QString *why)
{
    m_recorder.setProcessEnvironment(clientEnvironment());
    m_recorder.start(QStringLiteral("parec"), {QStringLiteral("--device=%1.monitor").arg(QString::fromLatin1(kSink)),
                                              QStringLiteral("--raw"), QStringLiteral("--format=s16le"),
                                              QStringLiteral("--rate=16000"), QStringLiteral("--channels=1")});
    if (!m_recorder.waitForStarted(5'000)) {
        *why = QStringLiteral("parec did not start: ") + m_recorder.errorString();
        return false;
    }
    return true;
}

int PulseDaemon::peak()
{
    m_partial += m_recorder.readAllStandardOutput();
    const qsizetype whole = m_partial.size() / 2 * 2;
    for (qsizetype i = 0; i < whole; i += 2) {
        const auto sample = qint16(quint8(m_partial[i]) | (quint8(m_partial[i + 1]) << 8));
        m_peak = std::max(m_peak, std::abs(int(sample)));
    }
    m_partial.remove(0, whole);
    return m_peak;
}

} // namespace presso::test

#pragma once

#include <QProcess>
#include <QTemporaryDir>

namespace presso::test {

// A private Speech Dispatcher with the espeak-ng module (Debian's speech-dispatcher and
// speech-dispatcher-espeak-ng): Qt's speechd engine in this process talks to it alone,
// through SPEECHD_ADDRESS, so tests running side by side never share a daemon. It plays
// through PulseAudio: start PulseDaemon first, whose address it inherits.
class SpeechDaemon
{
public:
    SpeechDaemon();
    ~SpeechDaemon();

    bool start(QString *why);

private:
    QString socketPath() const { return m_dir.filePath(QStringLiteral("speechd.sock")); }

    QTemporaryDir m_dir;
    QProcess m_daemon;
};

} // namespace presso::test

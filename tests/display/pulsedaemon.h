#pragma once

#include <QByteArray>
#include <QProcess>
#include <QTemporaryDir>

namespace presso::test {

// A real PulseAudio server for tests, whose one output is a null sink (a loudspeaker
// nobody hears): it plays in real time and its monitor can be recorded, so a test hears
// what an app played. Its socket, configuration and state live in a temporary directory.
// start() points this process's PulseAudio clients (Qt Multimedia) at it; call it before
// anything in the process asks for an audio device.
class PulseDaemon
{
public:
    static constexpr const char *kSink = "presso_speaker";

    PulseDaemon();
    ~PulseDaemon();

    bool start(QString *why);

    // Records the loudspeaker from now on.
    bool startRecording(QString *why);
    // The loudest sample recorded so far (16-bit), 0 for silence.
    int peak();
    // Forgets what was heard so far: peak() counts from now.
    void resetPeak()
    {
        peak();
        m_peak = 0;
    }

private:
    QProcessEnvironment clientEnvironment() const;
    QString socketPath() const { return m_dir.filePath(QStringLiteral("native")); }

    QTemporaryDir m_dir;
    QProcess m_daemon;
    QProcess m_recorder;
    int m_peak = 0;
    QByteArray m_partial;
};

} // namespace presso::test

#pragma once

#include <QObject>
#include <QStringList>

class QTextToSpeech;

namespace presso {

// Says each ready order out loud when this machine has a voice engine; silent otherwise.
// Call-outs are spoken one after another, never over each other: at a rush the barista
// completes several drinks within seconds, and each customer must hear their own name.
class CalloutSpeaker : public QObject
{
    Q_OBJECT
public:
    // A queue longer than this is stale: the board shows the older orders anyway.
    static constexpr int kMaxWaiting = 5;

    explicit CalloutSpeaker(QObject *parent = nullptr);

    bool available() const { return m_speech != nullptr; }
    void say(const QString &text);

Q_SIGNALS:
    // The engine finished saying text (spoken) or could not (failed, with its reason).
    void spoken(const QString &text);
    void failed(const QString &text, const QString &reason);

private:
    void speakNext();
    void onStateChanged();

    QTextToSpeech *m_speech = nullptr;
    QStringList m_waiting;
    QString m_current;
};

} // namespace presso

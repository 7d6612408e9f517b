#pragma once

#include <QObject>
#include <QLocale>
#include <QStringList>
#include <optional>

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
    // Says text in the screen's language when the engine has a voice for it, and else
    // english (the same call-out in English) with an English voice.
    void say(const QString &text, const QString &english = {});
    // The engine's voice for a language: one of available of that language, preferring
    // the same country; nothing when it has none.
    static std::optional<QLocale> voiceFor(const QList<QLocale> &available, const QLocale &wanted);

Q_SIGNALS:
    // The engine finished saying text (spoken) or could not (failed, with its reason).
    void spoken(const QString &text);
    void failed(const QString &text, const QString &reason);

private:
    void speakNext();
    void onStateChanged();

    QTextToSpeech *m_speech = nullptr;
    struct Callout
    {
        QString text;
        QLocale voice;
    };
    QList<Callout> m_waiting;
    QString m_current;
};

} // namespace presso

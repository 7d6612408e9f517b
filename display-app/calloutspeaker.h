#pragma once

#include <QHash>
#include <QLocale>
#include <QObject>
#include <QStringList>
#include <optional>

class QTextToSpeech;

namespace presso {

// Says each ready order out loud when this machine has a voice engine; silent otherwise.
// Call-outs are spoken one after another, never over each other: at a rush the barista
// completes several drinks within seconds, and each customer must hear their own name.
//
// Engines are tried in order, flite first (in the process, no daemon; English only),
// then the others Qt has (speechd: espeak-ng's voices for German, Spanish, Portuguese…);
// another than the first is started only when a call-out needs its language.
class CalloutSpeaker : public QObject
{
    Q_OBJECT
public:
    // A queue longer than this is stale: the board shows the older orders anyway.
    static constexpr int kMaxWaiting = 5;

    explicit CalloutSpeaker(QObject *parent = nullptr);

    bool available() const { return m_first != nullptr; }
    // Says text in the screen's language when an engine has a voice for it, and else
    // english (the same call-out in English) with an English voice.
    void say(const QString &text, const QString &english = {});
    // The engine's voice for a language: one of available of that language, preferring
    // the same country; nothing when it has none.
    static std::optional<QLocale> voiceFor(const QList<QLocale> &available, const QLocale &wanted);
    // The order engines are tried in: flite first, the others as Qt lists them.
    static QStringList preferred(QStringList engines);

    struct Voice
    {
        QString engine;
        QLocale locale;
    };
    // The engine and voice a call-out in wanted would be said with; none when no engine
    // has that language.
    std::optional<Voice> voiceIn(const QLocale &wanted);

Q_SIGNALS:
    // The engine finished saying text (spoken) or could not (failed, with its reason).
    void spoken(const QString &text);
    void failed(const QString &text, const QString &reason);

private:
    QTextToSpeech *engine(const QString &name);
    void speakNext();
    void onStateChanged(QTextToSpeech *from);

    QStringList m_engineNames;
    QHash<QString, QTextToSpeech *> m_engines; // null: could not start
    QTextToSpeech *m_first = nullptr;
    struct Callout
    {
        QString text;
        Voice voice;
    };
    QList<Callout> m_waiting;
    QString m_current;
    QTextToSpeech *m_speaking = nullptr;
};

} // namespace presso

#include "calloutspeaker.h"

#include "logging.h"

#ifdef PRESSO_HAVE_TTS
#include <QTextToSpeech>
#endif

namespace presso {

CalloutSpeaker::CalloutSpeaker(QObject *parent)
    : QObject(parent)
{
#ifdef PRESSO_HAVE_TTS
    if (QTextToSpeech::availableEngines().isEmpty()) {
        qCInfo(lcClient) << "no speech engine installed: call-outs stay silent";
        return;
    }
    m_speech = new QTextToSpeech(this);
    if (m_speech->state() == QTextToSpeech::Error) {
        qCWarning(lcClient).noquote() << "the speech engine cannot speak, call-outs stay silent:" << m_speech->errorString();
        delete m_speech;
        m_speech = nullptr;
        return;
    }
    connect(m_speech, &QTextToSpeech::stateChanged, this, &CalloutSpeaker::onStateChanged);
#endif
}

std::optional<QLocale> CalloutSpeaker::voiceFor(const QList<QLocale> &available, const QLocale &wanted)
{
    std::optional<QLocale> found;
    for (const QLocale &l : available) {
        if (l.language() != wanted.language())
            continue;
        if (l.territory() == wanted.territory())
            return l;
        if (!found)
            found = l;
    }
    return found;
}

void CalloutSpeaker::say(const QString &text, const QString &english)
{
    if (!m_speech)
        return;
#ifdef PRESSO_HAVE_TTS
    const QList<QLocale> voices = m_speech->availableLocales();
    if (const auto voice = voiceFor(voices, QLocale()))
        m_waiting.append({text, *voice});
    else
        m_waiting.append({english.isEmpty() ? text : english,
                          voiceFor(voices, QLocale(QLocale::English)).value_or(m_speech->locale())});
#else
    Q_UNUSED(english);
#endif
    while (m_waiting.size() > kMaxWaiting)
        m_waiting.removeFirst();
    if (m_current.isEmpty())
        speakNext();
}

void CalloutSpeaker::speakNext()
{
#ifdef PRESSO_HAVE_TTS
    const Callout next = m_waiting.isEmpty() ? Callout{} : m_waiting.takeFirst();
    m_current.clear(); // a change of voice is not the end of a call-out
    if (next.text.isEmpty())
        return;
    if (m_speech->locale() != next.voice)
        m_speech->setLocale(next.voice);
    m_current = next.text;
    m_speech->say(m_current);
#endif
}

void CalloutSpeaker::onStateChanged()
{
#ifdef PRESSO_HAVE_TTS
    if (m_current.isEmpty())
        return;
    const QString done = m_current;
    switch (m_speech->state()) {
    case QTextToSpeech::Ready:
        speakNext();
        Q_EMIT spoken(done);
        break;
    case QTextToSpeech::Error:
        qCWarning(lcClient).noquote() << "could not say" << done << ":" << m_speech->errorString();
        speakNext();
        Q_EMIT failed(done, m_speech->errorString());
        break;
    default:
        break;
    }
#endif
}

} // namespace presso

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

void CalloutSpeaker::say(const QString &text)
{
    if (!m_speech)
        return;
    m_waiting.append(text);
    while (m_waiting.size() > kMaxWaiting)
        m_waiting.removeFirst();
    if (m_current.isEmpty())
        speakNext();
}

void CalloutSpeaker::speakNext()
{
#ifdef PRESSO_HAVE_TTS
    m_current = m_waiting.isEmpty() ? QString() : m_waiting.takeFirst();
    if (!m_current.isEmpty())
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

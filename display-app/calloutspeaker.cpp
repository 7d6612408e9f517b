#include "calloutspeaker.h"

#ifdef PRESSO_HAVE_TTS
#include <QTextToSpeech>
#endif

namespace presso {

CalloutSpeaker::CalloutSpeaker(QObject *parent)
    : QObject(parent)
{
#ifdef PRESSO_HAVE_TTS
    if (!QTextToSpeech::availableEngines().isEmpty()) {
        m_speech = new QTextToSpeech(this);
        if (m_speech->state() == QTextToSpeech::Error) {
            delete m_speech;
            m_speech = nullptr;
        }
    }
#endif
}

void CalloutSpeaker::say(const QString &text)
{
#ifdef PRESSO_HAVE_TTS
    if (m_speech)
        m_speech->say(text);
#else
    Q_UNUSED(text);
#endif
}

} // namespace presso

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
    m_engineNames = preferred(QTextToSpeech::availableEngines());
    if (m_engineNames.isEmpty()) {
        qCInfo(lcClient) << "no speech engine installed: call-outs stay silent";
        return;
    }
    m_first = engine(m_engineNames.first());
#endif
}

QStringList CalloutSpeaker::preferred(QStringList engines)
{
    if (engines.removeAll(QStringLiteral("flite")) > 0)
        engines.prepend(QStringLiteral("flite"));
    return engines;
}

QTextToSpeech *CalloutSpeaker::engine(const QString &name)
{
#ifdef PRESSO_HAVE_TTS
    if (const auto found = m_engines.constFind(name); found != m_engines.cend())
        return *found;
    auto *speech = new QTextToSpeech(name, this);
    if (speech->state() == QTextToSpeech::Error) {
        qCWarning(lcClient).noquote() << "the speech engine" << name << "cannot speak:" << speech->errorString();
        delete speech;
        speech = nullptr;
    } else {
        connect(speech, &QTextToSpeech::stateChanged, this, [this, speech] { onStateChanged(speech); });
    }
    m_engines.insert(name, speech);
    return speech;
#else
    Q_UNUSED(name);
    return nullptr;
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

std::optional<CalloutSpeaker::Voice> CalloutSpeaker::voiceIn(const QLocale &wanted)
{
#ifdef PRESSO_HAVE_TTS
    for (const QString &name : std::as_const(m_engineNames)) {
        if (QTextToSpeech *speech = engine(name)) {
            if (const auto locale = voiceFor(speech->availableLocales(), wanted))
                return Voice{name, *locale};
        }
    }
#else
    Q_UNUSED(wanted);
#endif
    return std::nullopt;
}

void CalloutSpeaker::say(const QString &text, const QString &english)
{
    if (!m_first)
        return;
    // The C locale (no language set) writes English.
    const QLocale screen = QLocale().language() == QLocale::C ? QLocale(QLocale::English) : QLocale();
    if (const auto voice = voiceIn(screen))
        m_waiting.append({text, *voice});
    else if (const auto englishVoice = voiceIn(QLocale(QLocale::English)))
        m_waiting.append({english.isEmpty() ? text : english, *englishVoice});
    else
        return;
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
    m_speaking = next.text.isEmpty() ? nullptr : engine(next.voice.engine);
    if (!m_speaking)
        return;
    if (m_speaking->locale() != next.voice.locale)
        m_speaking->setLocale(next.voice.locale);
    m_current = next.text;
    m_speaking->say(m_current);
#endif
}

void CalloutSpeaker::onStateChanged(QTextToSpeech *from)
{
#ifdef PRESSO_HAVE_TTS
    if (m_current.isEmpty() || from != m_speaking)
        return;
    const QString done = m_current;
    switch (m_speaking->state()) {
    case QTextToSpeech::Ready:
        speakNext();
        Q_EMIT spoken(done);
        break;
    case QTextToSpeech::Error: {
        const QString why = m_speaking->errorString();
        qCWarning(lcClient).noquote() << "could not say" << done << ":" << why;
        speakNext();
        Q_EMIT failed(done, why);
        break;
    }
    default:
        break;
    }
#else
    Q_UNUSED(from);
#endif
}

} // namespace presso

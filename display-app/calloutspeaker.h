#pragma once

#include <QObject>

class QTextToSpeech;

namespace presso {

// Says each ready order out loud when this machine has a voice engine; silent otherwise.
class CalloutSpeaker : public QObject
{
    Q_OBJECT
public:
    explicit CalloutSpeaker(QObject *parent = nullptr);

    bool available() const { return m_speech != nullptr; }
    void say(const QString &text);

private:
    QTextToSpeech *m_speech = nullptr;
};

} // namespace presso

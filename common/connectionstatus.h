#pragma once

#include <QObject>
#include <QTimer>
#include <QUrl>
#include <chrono>

namespace presso {

class PressoClient;

// What a screen says about its link to the shop: nothing while it is live; "reconnecting"
// while it is down; with several servers, which one it tries when the one it used stops
// answering, and for a few seconds after it is back, which server it is on now. The words
// live here, so every screen says the same and a test reads them without a screen.
class ConnectionStatus : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Live,         // nothing to say
        Reconnecting, // down, trying the same server again
        Switching,    // the server used did not answer: trying another
        Switched,     // live again on another server than before (for a few seconds)
    };

    // switchedFor: how long the "connected to" notice stays.
    explicit ConnectionStatus(PressoClient &client,
                              std::chrono::milliseconds switchedFor = std::chrono::seconds(6),
                              QObject *parent = nullptr);

    State state() const { return m_state; }
    bool shown() const { return m_state != State::Live; }
    // A problem (red) rather than good news (green).
    bool alert() const { return m_state == State::Reconnecting || m_state == State::Switching; }
    QString text() const;

Q_SIGNALS:
    void changed();

private:
    void setState(State state);

    PressoClient &m_client;
    State m_state;
    // The server the client was last live on (at first: the one it starts with).
    QUrl m_home;
    // The server last given up on since the client was last live, if any.
    QUrl m_from;
    QTimer m_notice;
};

} // namespace presso

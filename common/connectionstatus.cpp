#include "connectionstatus.h"

#include "pressoclient.h"
#include "serverlist.h"

namespace presso {

ConnectionStatus::ConnectionStatus(PressoClient &client, std::chrono::milliseconds switchedFor, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_state(client.isLive() ? State::Live : State::Reconnecting)
    , m_home(client.server())
{
    m_notice.setSingleShot(true);
    m_notice.setInterval(switchedFor);
    connect(&m_notice, &QTimer::timeout, this, [this] { setState(State::Live); });
    connect(&client, &PressoClient::stale, this, [this] { setState(State::Reconnecting); });
    connect(&client, &PressoClient::serverChanged, this, [this](const QUrl &from) {
        m_from = from;
        setState(State::Switching);
    });
    connect(&client, &PressoClient::live, this, [this] {
        // Only a move away from an unreachable server is news: a device set up again
        // with another server simply connects there.
        const bool moved = std::exchange(m_from, QUrl()).isValid();
        const QUrl now = m_client.server();
        if (now == std::exchange(m_home, now) || !moved) {
            setState(State::Live);
            return;
        }
        setState(State::Switched);
        m_notice.start();
    });
}

QString ConnectionStatus::text() const
{
    switch (m_state) {
    case State::Live:
        return {};
    case State::Reconnecting:
        return tr("Reconnecting to the shop server…");
    case State::Switching:
        return tr("Shop server %1 is not answering. Trying %2…")
            .arg(serverLabel(m_from), serverLabel(m_client.server()));
    case State::Switched:
        return tr("Now connected to shop server %1").arg(serverLabel(m_client.server()));
    }
    return {};
}

void ConnectionStatus::setState(State state)
{
    if (state != State::Switched)
        m_notice.stop();
    // Switching again names another server: always tell.
    if (state == m_state && state != State::Switching)
        return;
    m_state = state;
    Q_EMIT changed();
}

} // namespace presso

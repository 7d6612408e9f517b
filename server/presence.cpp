#include "presence.h"

#include "publisher.h"
#include "role.h"
#include "session.h"

#include <QUuid>

namespace presso {

Presence::Presence(PresenceStore &store, const Publisher &publisher, Clock &clock)
    : m_store(store)
    , m_publisher(publisher)
    , m_clock(clock)
    , m_server(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

bool Presence::baristaPresent(const QString &shop) const
{
    return m_publisher.baristaPresent(shop) || m_elsewhere.contains(shop);
}

QStringList Presence::localShops() const
{
    QSet<QString> shops;
    for (const Session *s : m_publisher.sessions()) {
        if (s->authenticated && s->role == Role::Barista)
            shops.insert(s->shop);
    }
    QStringList sorted(shops.cbegin(), shops.cend());
    sorted.sort();
    return sorted;
}

void Presence::refresh()
{
    const Millis now = m_clock.now();
    const QStringList shops = localShops();
    // A clock set back renews at once rather than wait for it to catch up.
    const bool due = now - m_writtenAt >= kRenewMs || now < m_writtenAt;
    if (shops != m_written || (due && !shops.isEmpty())) {
        m_store.setPresence(m_server, shops, now);
        // Dead servers' rows go as often as live ones are renewed, not every turn.
        m_store.prunePresence(now - kExpiryMs);
        m_written = shops;
        m_writtenAt = now;
    }
    const QStringList elsewhere = m_store.shopsWithBaristaElsewhere(m_server, now - kExpiryMs);
    m_elsewhere = QSet<QString>(elsewhere.cbegin(), elsewhere.cend());
}

void Presence::leave()
{
    m_store.setPresence(m_server, {}, m_clock.now());
    m_written.clear();
}

} // namespace presso

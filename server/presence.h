#pragma once

#include "clock.h"
#include "storageports.h"

#include <QSet>
#include <QStringList>

namespace presso {

class Publisher;

// "A barista device is connected" for a shop, on any of the servers sharing the store
// (protocol.md, several servers): this server's own sessions say it at once; another
// server's baristas come from the presence table, where each server keeps one row per
// shop it has a barista for. A server renews its rows while they hold and removes them
// when they stop holding or it stops; rows of a server that died stop counting once they
// are older than kExpiryMs. What another server says reaches this one within about two
// housekeeping turns.
class Presence
{
public:
    static constexpr Millis kRenewMs = 3'000;
    static constexpr Millis kExpiryMs = 10'000;

    Presence(PresenceStore &store, const Publisher &publisher, Clock &clock);

    bool baristaPresent(const QString &shop) const;
    // In a transaction: writes this server's rows if its baristas' shops changed or are
    // due for renewal, and reads what the other servers said.
    void refresh();
    // In a transaction, as the server stops: removes this server's rows.
    void leave();
    const QString &server() const { return m_server; }

private:
    QStringList localShops() const;

    PresenceStore &m_store;
    const Publisher &m_publisher;
    Clock &m_clock;
    const QString m_server;
    QStringList m_written;
    Millis m_writtenAt = 0;
    QSet<QString> m_elsewhere;
};

} // namespace presso

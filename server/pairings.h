#pragma once

#include "devices.h"
#include "eventlog.h"

#include <QHash>
#include <QHostAddress>
#include <deque>

namespace presso {

// Pairing a new device with a short code (protocol.md, "Pairing a device by code"). A
// code is six digits from the system's cryptographic source, used once, open ten
// minutes, and stored only as a hash. Guessing is bounded twice: an address that fails
// five times in a minute is refused for the rest of that minute, and every open code
// dies once ten failed attempts (from anywhere) were made while it was open, so the
// million codes cannot be walked. All on the injected Clock.
class Pairings
{
public:
    struct Pairing
    {
        QString code;
        Role role = Role::Display;
        QString name;
        Millis expiresAt = 0;
        QString shop = mainShopId();
    };
    struct Paired
    {
        DeviceRecord device;
        QString token;
    };

    static constexpr Millis kValidMs = 10 * 60 * 1000;
    static constexpr int kCodeDigits = 6;
    static constexpr int kMaxFailuresPerAddress = 5;
    static constexpr Millis kAddressWindowMs = 60 * 1000;
    static constexpr int kMaxFailuresPerCode = 10;

    Pairings(PairingsStore &storage, Clock &clock, Devices &devices, EventLog &events);

    // A new code for a device of this role and name. CONFLICT when a device already has
    // the name. The device will belong to shop. In a transaction.
    Result<Pairing> create(Role role, const QString &name, const QString &shop = mainShopId());
    // Makes the device of the code's pairing and returns it with its token; name, when
    // not empty and free, replaces the pairing's name. UNAUTHENTICATED for a wrong,
    // used or expired code, RATE_LIMITED while peer is refused. A right code for
    // another role than `role` (when given) is refused and stays open: the person at
    // the device scanned the wrong screen. In a transaction.
    Result<Paired> redeem(const QString &code, const QString &name, std::optional<Role> role,
                          const QHostAddress &peer);

    // protocol.md's publicUrl: where devices reach this server. The pairing URL is this
    // + "/pair?code=" + code.
    void setPublicUrl(const QString &url) { m_publicUrl = url; }
    QString publicUrl() const { return m_publicUrl; }
    QString urlFor(const QString &code) const;

private:
    bool addressRefused(const QString &address, Millis now);
    void noteFailure(const QString &address, Millis now);
    QString freeName(const QString &wanted, const QString &fallback);

    PairingsStore &m_storage;
    Clock &m_clock;
    Devices &m_devices;
    EventLog &m_events;
    QString m_publicUrl;
    // The times of each address's failed attempts in the last minute.
    QHash<QString, std::deque<Millis>> m_failures;
};

} // namespace presso

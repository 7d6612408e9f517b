#pragma once

#include "storage.h"
#include "clock.h"

#include <QSet>

namespace presso {

// Owns the devices table: who may connect and in which role. Tokens are 256-bit
// random, shown once, and stored only as SHA-256 hashes.
class Devices
{
public:
    Devices(DevicesStore &storage, Clock &clock) : m_storage(storage), m_clock(clock) {}

    // Returns the new device's token. CONFLICT if the name is taken (names are unique
    // server-wide, whatever the shop). In a transaction.
    Result<QString> add(Role role, const QString &name, const QString &shop = mainShopId());
    // The device a token belongs to, or UNAUTHENTICATED.
    Result<DeviceRecord> authenticate(const QString &token);
    // NOT_FOUND for a name unknown in this shop. In a transaction.
    Result<bool> revoke(const QString &name, const QString &shop = mainShopId());
    // The shop's devices, by name.
    QList<DeviceRecord> list(const QString &shop = mainShopId());
    bool exists(const QString &name) { return names().contains(name); }
    // Every device's name, in every shop: one read of the store.
    QSet<QString> names();
    // The device said hello now.
    void touch(const QString &name) { m_storage.touchDevice(name, m_clock.now()); }

private:
    DevicesStore &m_storage;
    Clock &m_clock;
};

} // namespace presso

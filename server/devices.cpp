#include "devices.h"

#include "secrets.h"

namespace presso {

Result<QString> Devices::add(Role role, const QString &name, const QString &shop)
{
    // A customer is a phone with a customerToken, never a device.
    if (!Roles::devices().contains(role))
        return badRequest(QStringLiteral("args.role: must be kiosk, display, barista or admin"));
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return badRequest(QStringLiteral("A device needs a name"));
    if (exists(trimmed))
        return Error{ErrorCode::Conflict, QStringLiteral("There is already a device called \"%1\"").arg(trimmed)};
    const QString token = secrets::randomToken(32);
    m_storage.insertDevice({trimmed, role, secrets::hashToken(token), m_clock.now(), std::nullopt, shop});
    return token;
}

Result<DeviceRecord> Devices::authenticate(const QString &token)
{
    const QString hash = secrets::hashToken(token);
    const auto device = m_storage.deviceByTokenHash(hash);
    if (!device || !secrets::constantTimeEquals(device->tokenHash, hash))
        return Error{ErrorCode::Unauthenticated, QStringLiteral("Unknown or revoked device token")};
    return *device;
}

QSet<QString> Devices::names()
{
    QSet<QString> out;
    for (const DeviceRecord &d : m_storage.devices())
        out.insert(d.name);
    return out;
}

QList<DeviceRecord> Devices::list(const QString &shop)
{
    QList<DeviceRecord> all = m_storage.devices();
    all.removeIf([&](const DeviceRecord &d) { return d.shop != shop; });
    return all;
}

Result<bool> Devices::revoke(const QString &name, const QString &shop)
{
    const QList<DeviceRecord> mine = list(shop);
    const bool known = std::any_of(mine.cbegin(), mine.cend(), [&](const DeviceRecord &d) { return d.name == name; });
    if (!known || !m_storage.deleteDevice(name))
        return Error{ErrorCode::NotFound, QStringLiteral("There is no device called \"%1\"").arg(name)};
    return true;
}

} // namespace presso

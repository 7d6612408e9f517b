// The event log and the devices: admin only, but for device.pair (barista too).
#include "dispatcher.h"

#include "policy.h"

#include <QJsonArray>

namespace presso {

namespace {
QJsonArray deviceList(Services &s, const QString &shop)
{
    QJsonArray out;
    for (const DeviceRecord &d : s.devices.list(shop)) {
        out.append(QJsonObject{{QStringLiteral("name"), d.name},
                               {QStringLiteral("role"), roleName(d.role)},
                               {QStringLiteral("createdAt"), isoFromMillis(d.createdAt)},
                               {QStringLiteral("lastSeenAt"), jsonTime(d.lastSeenAt)},
                               {QStringLiteral("online"), s.publisher.deviceOnline(d.name)}});
    }
    return out;
}
} // namespace

QJsonObject pairingJson(const Services &s, const Pairings::Pairing &p)
{
    return QJsonObject{{QStringLiteral("code"), p.code},
                       {QStringLiteral("url"), s.pairings.urlFor(p.code)},
                       {QStringLiteral("role"), roleName(p.role)},
                       {QStringLiteral("name"), p.name},
                       {QStringLiteral("expiresAt"), isoFromMillis(p.expiresAt)}};
}

void addAdminHandlers(Dispatcher &d, Services &s)
{
    d.add(op::kEventsSince, [&s](Session &session, const QJsonObject &args) -> Result<QJsonObject> {
        const qint64 seq = static_cast<qint64>(args.value(QStringLiteral("seq")).toDouble());
        const int limit = args.value(QStringLiteral("limit")).toInt(500);
        if (limit < 1)
            return badRequest(QStringLiteral("args.limit: must be between 1 and 5000"));
        QJsonArray events;
        // The admin's own shop's events only: the seqs between are other shops'.
        for (const StoredEvent &e : s.events.after(seq, limit)) {
            if (e.shop != session.shop)
                continue;
            events.append(QJsonObject{{QStringLiteral("seq"), e.seq}, {QStringLiteral("event"), e.event.toJson()}});
        }
        return QJsonObject{{QStringLiteral("events"), events}};
    });

    d.add(op::kDeviceAdd, [&s](Session &session, const QJsonObject &args) -> Result<QJsonObject> {
        const auto role = roleFromName(args.value(QStringLiteral("role")).toString());
        if (!role || !Roles::devices().contains(*role))
            return badRequest(QStringLiteral("args.role: must be kiosk, display, barista or admin"));
        const auto token = s.devices.add(*role, args.value(QStringLiteral("name")).toString(), session.shop);
        if (!token)
            return token.error();
        return QJsonObject{{QStringLiteral("token"), *token}};
    });

    d.add(op::kDevicePair, [&s](Session &session, const QJsonObject &args) -> Result<QJsonObject> {
        const auto role = roleFromName(args.value(QStringLiteral("role")).toString());
        if (!role || !Roles::devices().contains(*role))
            return badRequest(QStringLiteral("args.role: must be kiosk, display, barista or admin"));
        // A barista may add the devices of the bar, not a device that runs the shop.
        if (!policy::mayPair(session.role, *role))
            return Error{ErrorCode::Forbidden, QStringLiteral("A %1 may not pair a device of role %2")
                                                   .arg(roleName(session.role), roleName(*role))};
        const auto pairing = s.pairings.create(*role, args.value(QStringLiteral("name")).toString(), session.shop);
        if (!pairing)
            return pairing.error();
        return QJsonObject{{QStringLiteral("pairing"), pairingJson(s, *pairing)}};
    });

    d.add(op::kDeviceList, [&s](Session &session, const QJsonObject &) -> Result<QJsonObject> {
        return QJsonObject{{QStringLiteral("devices"), deviceList(s, session.shop)}};
    });

    d.add(op::kDeviceRevoke, [&s](Session &session, const QJsonObject &args) -> Result<QJsonObject> {
        const QString name = args.value(QStringLiteral("name")).toString();
        const auto done = s.devices.revoke(name, session.shop);
        if (!done)
            return done.error();
        s.publisher.disconnectDevice(name);
        return QJsonObject{{QStringLiteral("devices"), deviceList(s, session.shop)}};
    });
}

} // namespace presso

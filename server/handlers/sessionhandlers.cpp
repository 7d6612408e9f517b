// hello, ping and config.get: the ops any connected device uses.
#include "dispatcher.h"

#include "secrets.h"

#include <QUuid>

namespace presso {

void addSessionHandlers(Dispatcher &d, Services &s)
{
    d.add(op::kHello, [&s](Session &session, const QJsonObject &args) -> Result<QJsonObject> {
        if (session.authenticated)
            return badRequest(QStringLiteral("This connection has already said hello"));
        const int protocol = args.value(QStringLiteral("protocol")).toInt();
        if (protocol != 1)
            return badRequest(QStringLiteral("Protocol version %1 is not supported: this server speaks 1").arg(protocol));
        const auto role = roleFromName(args.value(QStringLiteral("role")).toString());
        if (!role)
            return badRequest(QStringLiteral("args.role: must be kiosk, display, barista or admin"));
        const auto device = s.devices.authenticate(args.value(QStringLiteral("token")).toString());
        if (!device)
            return device.error();
        if (device->role != *role)
            return Error{ErrorCode::Unauthenticated,
                         QStringLiteral("This token is for a %1, not a %2").arg(roleName(device->role), roleName(*role))};
        session.authenticated = true;
        session.role = *role;
        session.device = device->name;
        session.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        s.storage.touchDevice(device->name, s.clock.now());
        // The snapshot first: making it may make this bucket's code, and its event.
        const QJsonObject snapshot = s.snapshot(session);
        session.helloSeq = s.storage.eventBounds().last;
        bool resumed = false;
        if (args.contains(QStringLiteral("resumeFrom"))) {
            const qint64 from = static_cast<qint64>(args.value(QStringLiteral("resumeFrom")).toDouble());
            resumed = s.publisher.canResume(from);
            if (resumed)
                session.replayFrom = from;
        }
        return QJsonObject{{QStringLiteral("sessionId"), session.id},
                           {QStringLiteral("role"), roleName(session.role)},
                           {QStringLiteral("device"), session.device},
                           {QStringLiteral("serverTime"), isoFromMillis(s.clock.now())},
                           {QStringLiteral("seq"), session.helloSeq},
                           {QStringLiteral("snapshot"), snapshot},
                           {QStringLiteral("resumed"), resumed}};
    });

    d.add(op::kPing, [&s](Session &, const QJsonObject &) -> Result<QJsonObject> {
        return QJsonObject{{QStringLiteral("serverTime"), isoFromMillis(s.clock.now())}};
    });

    d.add(op::kConfigGet, [&s](Session &, const QJsonObject &) -> Result<QJsonObject> {
        return s.config.toJson();
    });
}

} // namespace presso

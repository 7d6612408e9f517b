// hello, ping and config.get: the ops any connected device uses.
#include "dispatcher.h"

#include "jsonreader.h"
#include "serverlogging.h"
#include "wire.h"

#include <QUuid>

namespace presso {

namespace {
// The hello result once the session knows who it is (a device, or a customer): it gets
// its snapshot (and, with resumeFrom, the events it missed).
QJsonObject welcome(Services &s, Session &session, const QJsonObject &args)
{
    session.authenticated = true;
    session.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    // The snapshot first: making it may make this bucket's code, and its event.
    const QJsonObject snapshot = s.snapshot(session);
    session.helloSeq = s.events.lastSeq();
    bool resumed = false;
    if (args.contains(QStringLiteral("resumeFrom"))) {
        const qint64 from = static_cast<qint64>(args.value(QStringLiteral("resumeFrom")).toDouble());
        resumed = s.publisher.canResume(from);
        if (resumed)
            session.replayFrom = from;
    }
    QJsonObject result{{QStringLiteral("sessionId"), session.id},
                       {QStringLiteral("role"), roleName(session.role)},
                       {QStringLiteral("serverTime"), isoFromMillis(s.clock.now())},
                       {QStringLiteral("seq"), session.helloSeq},
                       {QStringLiteral("snapshot"), snapshot},
                       {QStringLiteral("resumed"), resumed}};
    if (!session.device.isEmpty())
        result.insert(QStringLiteral("device"), session.device);
    if (!session.customerToken.isEmpty())
        result.insert(QStringLiteral("customerToken"), session.customerToken);
    return result;
}

// The session takes the device's role and name.
QJsonObject startSession(Services &s, Session &session, const DeviceRecord &device, const QJsonObject &args)
{
    session.role = device.role;
    session.device = device.name;
    session.shop = device.shop;
    s.devices.touch(device.name);
    return welcome(s, session, args);
}

QHostAddress peerOf(const Session &session)
{
    return session.socket ? session.socket->peerAddress() : QHostAddress();
}

// hello {pair:{code, name?}}: a new device pairs and says hello in one step.
Result<QJsonObject> pairedHello(Services &s, Session &session, const QJsonObject &args)
{
    JsonReader r(args.value(QStringLiteral("pair")).toObject(), QStringLiteral("args.pair"));
    const QString code = r.string(QStringLiteral("code"), 16);
    const QString name = r.optString(QStringLiteral("name"), limits::kDeviceName).value_or(QString());
    if (!r.ok())
        return r.error();
    std::optional<Role> role;
    if (args.contains(QStringLiteral("role"))) {
        role = roleFromName(args.value(QStringLiteral("role")).toString());
        if (!role || !Roles::devices().contains(*role))
            return badRequest(QStringLiteral("args.role: must be kiosk, display, barista or admin"));
    }
    const auto paired = s.pairings.redeem(code, name, role, peerOf(session));
    if (!paired)
        return paired.error();
    qCInfo(lcAccess).noquote() << "paired a" << roleName(paired->device.role) << "called" << paired->device.name
                               << "from" << peerOf(session).toString();
    QJsonObject result = startSession(s, session, paired->device, args);
    result.insert(QStringLiteral("token"), paired->token);
    return result;
}

// hello with a device token.
Result<QJsonObject> deviceHello(Services &s, Session &session, Role role, const QJsonObject &args)
{
    if (!args.contains(QStringLiteral("token")))
        return badRequest(QStringLiteral("args.token: is required"));
    const auto device = s.devices.authenticate(args.value(QStringLiteral("token")).toString());
    if (!device)
        return device.error();
    if (device->role != role)
        return Error{ErrorCode::Unauthenticated,
                     QStringLiteral("This token is for a %1, not a %2").arg(roleName(device->role), roleName(role))};
    return startSession(s, session, *device, args);
}
} // namespace

void addSessionHandlers(Dispatcher &d, Services &s)
{
    d.add(op::kHello, [&s](Session &session, const QJsonObject &args) -> Result<QJsonObject> {
        if (session.authenticated)
            return badRequest(QStringLiteral("This connection has already said hello"));
        const int protocol = args.value(QStringLiteral("protocol")).toInt();
        if (protocol != wire::kProtocolVersion)
            return badRequest(QStringLiteral("Protocol version %1 is not supported: this server speaks %2")
                                  .arg(protocol).arg(wire::kProtocolVersion));
        if (args.contains(QStringLiteral("pair")))
            return pairedHello(s, session, args);
        const auto role = roleFromName(args.value(QStringLiteral("role")).toString());
        if (!role)
            return badRequest(QStringLiteral("args.role: must be kiosk, display, barista, admin or customer"));
        if (*role != Role::Customer)
            return deviceHello(s, session, *role, args);
        const auto admitted = admitCustomer(s, session, args);
        if (!admitted)
            return admitted.error();
        session.role = Role::Customer;
        return welcome(s, session, args);
    });

    d.add(op::kPing, [&s](Session &, const QJsonObject &) -> Result<QJsonObject> {
        return QJsonObject{{QStringLiteral("serverTime"), isoFromMillis(s.clock.now())}};
    });

    d.add(op::kConfigGet, [&s](Session &session, const QJsonObject &) -> Result<QJsonObject> {
        return s.shopOf(session).config.toJson();
    });
}

} // namespace presso

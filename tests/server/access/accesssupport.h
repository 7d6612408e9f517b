#pragma once

// Helpers shared by the access tests: the device roles, the server's frames read raw as
// an outside client reads them, and a fingerprint of everything a refused request must
// leave alone. Who may call which op is policy.h's table, which tst_roles enumerates.
#include "testshop.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

namespace presso::test {

// The roles a device token is issued for.
inline const QStringList &deviceRoles()
{
    static const QStringList roles{QStringLiteral("kiosk"), QStringLiteral("display"),
                                   QStringLiteral("barista"), QStringLiteral("admin")};
    return roles;
}

// A request frame as raw text; argsJson is put in as it is, well-formed or not.
inline QString request(const QString &id, const QString &op,
                       const QString &argsJson = QStringLiteral("{}"))
{
    return QStringLiteral(R"({"type":"req","id":"%1","op":"%2","args":%3})").arg(id, op, argsJson);
}

inline WsProbe &probeOf(TestShop &shop, Role role)
{
    switch (role) {
    case Role::Kiosk:
        return *shop.kiosk;
    case Role::Display:
        return *shop.display;
    case Role::Barista:
        return *shop.barista;
    case Role::Admin:
        break;
    case Role::Customer:
        qFatal("a customer is no device of TestShop: connect one with helloCustomer");
    }
    return *shop.admin;
}

inline QString tokenOf(const TestShop &shop, Role role)
{
    switch (role) {
    case Role::Kiosk:
        return shop.kioskToken;
    case Role::Display:
        return shop.displayToken;
    case Role::Barista:
        return shop.baristaToken;
    case Role::Admin:
        break;
    case Role::Customer:
        qFatal("a customer has no device token");
    }
    return shop.adminToken;
}

// Checks the shape of an error response read raw: type, id, ok, error.code/message.
inline void verifyErrorFrame(const QJsonObject &res, const QJsonValue &id, const QString &code)
{
    QCOMPARE(res.value(QStringLiteral("type")).toString(), QStringLiteral("res"));
    QVERIFY2(res.contains(QStringLiteral("id")), "the response has no id at all");
    QCOMPARE(res.value(QStringLiteral("id")), id);
    QCOMPARE(res.value(QStringLiteral("ok")), QJsonValue(false));
    QVERIFY(!res.contains(QStringLiteral("result")));
    const QJsonObject error = res.value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("code")).toString(), code);
    QVERIFY(!error.value(QStringLiteral("message")).toString().isEmpty());
    QVERIFY(millisFromIso(res.value(QStringLiteral("serverTime")).toString()));
}

inline QJsonArray allOrderStates()
{
    return {QStringLiteral("AWAITING_ORDER"), QStringLiteral("QUEUED"),
            QStringLiteral("IN_PRODUCTION"),  QStringLiteral("COMPLETED"),
            QStringLiteral("CANCELLED"),      QStringLiteral("TIMED_OUT")};
}

// Everything an admin can read that a request could change: the event log, the
// configuration, every order and the devices. Holds "failed" if a read was refused,
// so that two failed fingerprints never compare equal by accident.
inline QJsonObject fingerprint(WsProbe &admin)
{
    QJsonObject out;
    auto read = [&](const QString &key, const QString &op, const QJsonObject &args,
                    const QString &field) {
        const Response r = admin.call(op, args);
        if (!r.ok)
            out.insert(QStringLiteral("failed"), op + QStringLiteral(": ") + r.error.message);
        out.insert(key, field.isEmpty() ? QJsonValue(r.result) : r.result.value(field));
    };
    read(QStringLiteral("events"), QStringLiteral("events.since"),
         {{QStringLiteral("seq"), 0}, {QStringLiteral("limit"), 5000}}, QStringLiteral("events"));
    read(QStringLiteral("config"), QStringLiteral("config.get"), {}, {});
    read(QStringLiteral("orders"), QStringLiteral("orders.list"),
         {{QStringLiteral("states"), allOrderStates()}, {QStringLiteral("limit"), 1000}},
         QStringLiteral("orders"));
    read(QStringLiteral("devices"), QStringLiteral("device.list"), {}, QStringLiteral("devices"));
    return out;
}

// Records every text frame the server sends on one probe's socket from construction
// on, and hands back the responses among them as raw JSON, events left out.
class RawResponses
{
public:
    explicit RawResponses(WsProbe &probe)
        : m_spy(&probe.socket(), &QWebSocket::textMessageReceived)
    {}

    // Waits until count responses have arrived (or the timeout); returns all so far.
    QList<QJsonObject> wait(int count, int timeoutMs = 5000)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (responses().size() < count && !deadline.hasExpired())
            m_spy.wait(int(std::max<qint64>(1, deadline.remainingTime())));
        return responses();
    }

    QJsonObject first(int timeoutMs = 5000)
    {
        const QList<QJsonObject> all = wait(1, timeoutMs);
        return all.isEmpty() ? QJsonObject() : all.first();
    }

private:
    QList<QJsonObject> responses() const
    {
        QList<QJsonObject> out;
        for (const QList<QVariant> &args : m_spy) {
            const QJsonObject frame =
                QJsonDocument::fromJson(args.first().toString().toUtf8()).object();
            if (frame.value(QStringLiteral("type")).toString() != QLatin1String("event"))
                out.append(frame);
        }
        return out;
    }

    QSignalSpy m_spy;
};

} // namespace presso::test

#pragma once

#include "result.h"
#include "timeutil.h"

#include <QJsonObject>
#include <optional>

namespace presso {

// The detail-types of protocol.md, each listed once (names in event.cpp).
enum class EventType {
    NewCode,
    NewOrder,
    ShopUnavailable,
    WorkflowStarted,
    WaitingCompletion,
    MakeOrder,
    OrderCompleted,
    OrderCancelled,
    OrderTimeOut,
    OrderFinished,
    ConfigChanged,
    OrderRecalled,
    DevicePaired,
};

QString eventTypeName(EventType type);
std::optional<EventType> eventTypeFromName(const QString &name);
QList<EventType> allEventTypes();

// The event envelope: {version, id, source, detail-type, time, detail}.
struct Event
{
    QString id;
    EventType type = EventType::ConfigChanged;
    Millis time = 0;
    QJsonObject detail;

    QJsonObject toJson() const;
    static Result<Event> fromJson(const QJsonObject &json, const QString &path = QStringLiteral("event"));

    friend bool operator==(const Event &, const Event &) = default;
};

// An event as delivered: {"type":"event","seq":N,"event":{...}}.
struct EventFrame
{
    qint64 seq = 0;
    Event event;

    QJsonObject toJson() const;
    friend bool operator==(const EventFrame &, const EventFrame &) = default;
};

} // namespace presso

#include "event.h"

#include "jsonreader.h"

#include <array>

namespace presso {

namespace {
constexpr std::array<std::pair<EventType, const char *>, 13> kTypes{{
    {EventType::NewCode, "Validator.NewCode"},
    {EventType::NewOrder, "Validator.NewOrder"},
    {EventType::ShopUnavailable, "OrderProcessor.ShopUnavailable"},
    {EventType::WorkflowStarted, "OrderProcessor.WorkflowStarted"},
    {EventType::WaitingCompletion, "OrderManager.WaitingCompletion"},
    {EventType::MakeOrder, "OrderManager.MakeOrder"},
    {EventType::OrderCompleted, "OrderManager.OrderCompleted"},
    {EventType::OrderCancelled, "OrderManager.OrderCancelled"},
    {EventType::OrderTimeOut, "OrderProcessor.OrderTimeOut"},
    {EventType::OrderFinished, "OrderProcessor.OrderFinished"},
    {EventType::ConfigChanged, "ConfigService.ConfigChanged"},
    {EventType::OrderRecalled, "OrderManager.OrderRecalled"},
    {EventType::DevicePaired, "Devices.DevicePaired"},
}};

const QString kVersion = QStringLiteral("1");
const QString kSource = QStringLiteral("presso");
} // namespace

QString eventTypeName(EventType type)
{
    for (const auto &[t, name] : kTypes) {
        if (t == type)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<EventType> eventTypeFromName(const QString &name)
{
    for (const auto &[t, n] : kTypes) {
        if (name == QLatin1String(n))
            return t;
    }
    return std::nullopt;
}

QList<EventType> allEventTypes()
{
    QList<EventType> out;
    for (const auto &entry : kTypes)
        out.append(entry.first);
    return out;
}

QJsonObject Event::toJson() const
{
    return QJsonObject{{QStringLiteral("version"), kVersion},
                       {QStringLiteral("id"), id},
                       {QStringLiteral("source"), kSource},
                       {QStringLiteral("detail-type"), eventTypeName(type)},
                       {QStringLiteral("time"), isoFromMillis(time)},
                       {QStringLiteral("detail"), detail}};
}

Result<Event> Event::fromJson(const QJsonObject &json, const QString &path)
{
    JsonReader r(json, path);
    Event e;
    const QString version = r.string(QStringLiteral("version"), 10);
    e.id = r.string(QStringLiteral("id"), 64);
    const QString source = r.string(QStringLiteral("source"), 64);
    const QString type = r.string(QStringLiteral("detail-type"), 64);
    e.time = r.time(QStringLiteral("time"));
    e.detail = r.object(QStringLiteral("detail"));
    if (!r.ok())
        return r.error();
    if (version != kVersion)
        return badRequest(r.path(QStringLiteral("version")) + QStringLiteral(": unsupported version \"%1\"").arg(version));
    if (source != kSource)
        return badRequest(r.path(QStringLiteral("source")) + QStringLiteral(": unknown source \"%1\"").arg(source));
    const auto t = eventTypeFromName(type);
    if (!t)
        return badRequest(r.path(QStringLiteral("detail-type")) + QStringLiteral(": unknown detail-type \"%1\"").arg(type));
    e.type = *t;
    return e;
}

QJsonObject EventFrame::toJson() const
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("event")},
                       {QStringLiteral("seq"), seq},
                       {QStringLiteral("event"), event.toJson()}};
}

} // namespace presso

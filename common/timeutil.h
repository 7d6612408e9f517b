#pragma once

#include <QJsonValue>
#include <QString>
#include <optional>

namespace presso {

// Milliseconds since the Unix epoch, UTC: the one time representation inside presso.
using Millis = qint64;

// "2026-11-22T21:42:33.123Z", the wire format of every timestamp.
QString isoFromMillis(Millis ms);
std::optional<Millis> millisFromIso(const QString &text);

// null for an absent time, the ISO string otherwise.
QJsonValue jsonTime(const std::optional<Millis> &ms);

} // namespace presso

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

// "m:ss" for a clock on a screen. An age counts the whole seconds gone; a time left counts
// the second still running, so that it reads 0:00 only once it is over. Negative is 0:00.
QString ageText(Millis ms);
QString timeLeftText(Millis ms);

} // namespace presso

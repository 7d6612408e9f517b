#include "timeutil.h"

#include <QDateTime>

namespace presso {

QString isoFromMillis(Millis ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)
        .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz'Z'"));
}

std::optional<Millis> millisFromIso(const QString &text)
{
    if (text.size() > 40)
        return std::nullopt;
    const QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid())
        return std::nullopt;
    return dt.toMSecsSinceEpoch();
}

QJsonValue jsonTime(const std::optional<Millis> &ms)
{
    return ms ? QJsonValue(isoFromMillis(*ms)) : QJsonValue(QJsonValue::Null);
}

} // namespace presso

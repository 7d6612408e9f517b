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
    // Only the wire format itself. Qt's ISO parser also takes a time without a zone (as
    // the reader's local time), a bare date, or a space for the 'T', none of which is UTC
    // with milliseconds; date and time are parsed apart so that no local time is involved.
    static constexpr char kShape[] = "dddd-dd-ddTdd:dd:dd.dddZ";
    if (text.size() != qsizetype(sizeof(kShape) - 1))
        return std::nullopt;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const bool ok = kShape[i] == 'd' ? (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
                                         : c == QLatin1Char(kShape[i]);
        if (!ok)
            return std::nullopt;
    }
    const QDate date = QDate::fromString(text.left(10), Qt::ISODate);
    const QTime time = QTime::fromString(text.mid(11, 12), QStringLiteral("HH:mm:ss.zzz"));
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, Qt::UTC).toMSecsSinceEpoch();
}

QJsonValue jsonTime(const std::optional<Millis> &ms)
{
    return ms ? QJsonValue(isoFromMillis(*ms)) : QJsonValue(QJsonValue::Null);
}

} // namespace presso

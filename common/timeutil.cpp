#include "timeutil.h"

#include <QDateTime>

namespace presso {

namespace {
// Days since 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's civil_from_days).
void civilFromDays(qint64 z, qint64 &y, unsigned &m, unsigned &d)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    y = qint64(yoe) + era * 400 + (m <= 2 ? 1 : 0);
}

void put(char *out, unsigned value, int digits)
{
    for (int i = digits - 1; i >= 0; --i, value /= 10)
        out[i] = char('0' + value % 10);
}
} // namespace

// Every event and order carries several timestamps: this is on the hot path, where
// QDateTime::toString with a format string costs more than the rest of the order.
QString isoFromMillis(Millis ms)
{
    qint64 days = ms / 86'400'000;
    qint64 rest = ms % 86'400'000;
    if (rest < 0) {
        rest += 86'400'000;
        --days;
    }
    qint64 year;
    unsigned month, day;
    civilFromDays(days, year, month, day);
    if (year < 0 || year > 9999)
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
    char text[24];
    put(text, unsigned(year), 4);
    text[4] = '-';
    put(text + 5, month, 2);
    text[7] = '-';
    put(text + 8, day, 2);
    text[10] = 'T';
    put(text + 11, unsigned(rest / 3'600'000), 2);
    text[13] = ':';
    put(text + 14, unsigned(rest / 60'000 % 60), 2);
    text[16] = ':';
    put(text + 17, unsigned(rest / 1000 % 60), 2);
    text[19] = '.';
    put(text + 20, unsigned(rest % 1000), 3);
    text[23] = 'Z';
    return QString::fromLatin1(text, 24);
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
    // Read digit by digit: every frame a client decodes carries a time or two, and Qt's
    // string parsers made them the most costly part of decoding a frame.
    const auto number = [&text](qsizetype at, qsizetype digits) {
        int n = 0;
        for (qsizetype i = at; i < at + digits; ++i)
            n = n * 10 + (text.at(i).unicode() - '0');
        return n;
    };
    const QDate date(number(0, 4), number(5, 2), number(8, 2));
    const int hour = number(11, 2), minute = number(14, 2), second = number(17, 2);
    if (!date.isValid() || hour > 23 || minute > 59 || second > 59)
        return std::nullopt;
    constexpr qint64 kUnixEpochJulianDay = 2440588;
    const qint64 seconds = (date.toJulianDay() - kUnixEpochJulianDay) * 86400 + hour * 3600 + minute * 60 + second;
    return seconds * 1000 + number(20, 3);
}

QJsonValue jsonTime(const std::optional<Millis> &ms)
{
    return ms ? QJsonValue(isoFromMillis(*ms)) : QJsonValue(QJsonValue::Null);
}

namespace {
QString minutesSeconds(qint64 seconds)
{
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}
} // namespace

QString ageText(Millis ms)
{
    return minutesSeconds(std::max<Millis>(0, ms) / 1000);
}

QString timeLeftText(Millis ms)
{
    return minutesSeconds((std::max<Millis>(0, ms) + 999) / 1000);
}

} // namespace presso

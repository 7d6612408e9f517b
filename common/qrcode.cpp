#include "qrcode.h"

#include "jsonreader.h"

#include <QUrl>
#include <QUrlQuery>

namespace presso {

bool QrCode::isWellFormedCode(const QString &code)
{
    if (code.size() != kCodeLength)
        return false;
    for (const QChar c : code) {
        const bool ok = (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
                        || (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
                        || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
                        || c == QLatin1Char('_') || c == QLatin1Char('-');
        if (!ok)
            return false;
    }
    return true;
}

QString QrCode::urlFor(const QString &orderUrl, const QString &code)
{
    return orderUrl + QStringLiteral("?code=") + code;
}

QString QrCode::codeFromScan(const QString &text)
{
    const QString trimmed = text.trimmed();
    const qsizetype q = trimmed.indexOf(QLatin1Char('?'));
    if (q >= 0) {
        const QUrlQuery query(trimmed.mid(q + 1));
        return query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    }
    return trimmed;
}

QJsonObject QrCode::toJson() const
{
    return QJsonObject{{QStringLiteral("code"), code},
                       {QStringLiteral("url"), url},
                       {QStringLiteral("bucket"), bucket},
                       {QStringLiteral("startsAt"), isoFromMillis(startsAt)},
                       {QStringLiteral("endsAt"), isoFromMillis(endsAt)},
                       {QStringLiteral("tokensTotal"), tokensTotal},
                       {QStringLiteral("tokensLeft"), tokensLeft}};
}

Result<QrCode> QrCode::fromJson(const QJsonObject &json, const QString &path)
{
    JsonReader r(json, path);
    QrCode qr;
    qr.code = r.string(QStringLiteral("code"), kCodeLength);
    qr.url = r.string(QStringLiteral("url"), 300);
    qr.bucket = r.integer64(QStringLiteral("bucket"), 0, qint64(1) << 50);
    qr.startsAt = r.time(QStringLiteral("startsAt"));
    qr.endsAt = r.time(QStringLiteral("endsAt"));
    qr.tokensTotal = r.integer(QStringLiteral("tokensTotal"), 0, 10'000'000);
    qr.tokensLeft = r.integer(QStringLiteral("tokensLeft"), 0, 10'000'000);
    if (!r.ok())
        return r.error();
    if (!isWellFormedCode(qr.code))
        return badRequest(r.path(QStringLiteral("code")) + QStringLiteral(": not a well-formed code"));
    return qr;
}

} // namespace presso

#pragma once

#include "result.h"
#include "timeutil.h"

#include <QJsonObject>

namespace presso {

// The admission code of one time bucket (protocol.md's `qr` object).
struct QrCode
{
    static constexpr int kCodeLength = 10;

    QString code;
    QString url;
    qint64 bucket = 0;
    Millis startsAt = 0;
    Millis endsAt = 0;
    int tokensTotal = 0;
    int tokensLeft = 0;

    QJsonObject toJson() const;
    static Result<QrCode> fromJson(const QJsonObject &json, const QString &path = QStringLiteral("qr"));

    // True for 10 characters of A-Z a-z 0-9 _ -.
    static bool isWellFormedCode(const QString &code);
    // orderUrl + "?code=" + code.
    static QString urlFor(const QString &orderUrl, const QString &code);
    // The code in a scanned text: the `code` query item of a URL, or a bare code.
    static QString codeFromScan(const QString &text);

    friend bool operator==(const QrCode &, const QrCode &) = default;
};

} // namespace presso

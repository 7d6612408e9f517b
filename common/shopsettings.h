#pragma once

#include "result.h"

#include <QJsonObject>
#include <QStringList>
#include <QTimeZone>

namespace presso {

// The shop's settings (protocol.md's `shop` object), with their defaults.
struct ShopSettings
{
    bool open = true;
    int maxOrdersInQueue = 20;
    int drinksPerCode = 10;
    int codeIntervalSec = 300;
    int codeHideBeforeEndSec = 15;
    int customerTimeoutSec = 300;
    int baristaTimeoutSec = 900;
    QString orderUrl = QStringLiteral("presso:order");
    // Part two: customers on their own phones.
    bool phoneOrdering = true;
    // Where phones and devices reach the server, without a trailing slash. Empty in a
    // store means "work it out from the listen address" (the server fills it in).
    QString publicUrl;
    int maxCustomerConnections = 2000;
    // Where the shop's day starts (daily numbers, "today"): an IANA name. Empty in a
    // store means the server's own zone (the server fills it in).
    QString timeZone;
    // The shop's languages (shipped codes, "de", "pt_BR"), in the order the display takes
    // turns in; the screens without a --language of their own speak the first. Empty: each
    // device speaks its own, or its system's.
    QStringList languages;

    QJsonObject toJson() const;
    static Result<ShopSettings> fromJson(const QJsonObject &json, const QString &path = QStringLiteral("shop"));
    // A copy with the keys present in patch changed; unknown keys and bad values fail
    // with BAD_REQUEST and change nothing.
    Result<ShopSettings> patched(const QJsonObject &patch, const QString &path = QStringLiteral("args")) const;

    // The setting names, as protocol.md spells them.
    static QStringList keys();
    // What the QR symbol encodes for code: publicUrl + "/o?code=" + code while
    // phoneOrdering is on, else orderUrl + "?code=" + code.
    QString qrUrl(const QString &code) const;
    // The zone timeZone names; the server's own while it is empty.
    QTimeZone zone() const;

    friend bool operator==(const ShopSettings &, const ShopSettings &) = default;
};

} // namespace presso

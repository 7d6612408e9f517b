#pragma once

#include "result.h"

#include <QJsonObject>
#include <QStringList>

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

    QJsonObject toJson() const;
    static Result<ShopSettings> fromJson(const QJsonObject &json, const QString &path = QStringLiteral("shop"));
    // A copy with the keys present in patch changed; unknown keys and bad values fail
    // with BAD_REQUEST and change nothing.
    Result<ShopSettings> patched(const QJsonObject &patch, const QString &path = QStringLiteral("args")) const;

    // The setting names, as protocol.md spells them.
    static QStringList keys();

    friend bool operator==(const ShopSettings &, const ShopSettings &) = default;
};

} // namespace presso

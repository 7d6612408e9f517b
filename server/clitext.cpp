#include "clitext.h"

#include <QJsonArray>
#include <QJsonObject>

namespace presso {

QString deviceLine(const DeviceRecord &d)
{
    return QStringLiteral("%1  %2  created %3  last seen %4")
        .arg(d.name, -24)
        .arg(roleName(d.role), -8)
        .arg(isoFromMillis(d.createdAt), d.lastSeenAt ? isoFromMillis(*d.lastSeenAt) : QStringLiteral("never"));
}

QString shopLine(const ShopRecord &s)
{
    return QStringLiteral("%1  %2  created %3").arg(s.id, -32).arg(s.name, -24).arg(isoFromMillis(s.createdAt));
}

QString orderHeadline(const Order &o)
{
    QString what = o.drink.isEmpty() ? QStringLiteral("choosing") : o.drink;
    if (!o.modifiers.isEmpty())
        what += QStringLiteral(", ") + o.modifiers.join(QStringLiteral(", "));
    const QString who = o.customerName.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(o.customerName);
    const QString number = o.number ? QString::number(*o.number) : QStringLiteral("-");
    QString line = QStringLiteral("Order %1%2: %3: %4").arg(number, who, what, orderStateName(o.state));
    if (!o.reason.isEmpty())
        line += QStringLiteral(" (%1)").arg(o.reason);
    return line;
}

QString eventLine(const StoredEvent &e)
{
    const QJsonObject &d = e.event.detail;
    QString summary;
    if (d.contains(QStringLiteral("order"))) {
        const auto order = Order::fromJson(d.value(QStringLiteral("order")).toObject());
        summary = order ? orderHeadline(*order) : QStringLiteral("(unreadable order)");
    } else if (e.event.type == EventType::NewCode) {
        summary = QStringLiteral("bucket %1, %2 drinks").arg(d.value(QStringLiteral("bucket")).toInteger())
                      .arg(d.value(QStringLiteral("tokensTotal")).toInt());
    } else if (e.event.type == EventType::NewOrder) {
        summary = QStringLiteral("%1 drinks left on this code").arg(d.value(QStringLiteral("tokensLeft")).toInt());
    } else if (e.event.type == EventType::ShopUnavailable) {
        summary = d.value(QStringLiteral("reason")).toString();
    } else if (e.event.type == EventType::ConfigChanged) {
        const bool open = d.value(QStringLiteral("shop")).toObject().value(QStringLiteral("open")).toBool();
        summary = open ? QStringLiteral("shop open") : QStringLiteral("shop closed");
    }
    return QStringLiteral("%1  %2  %3  %4")
        .arg(e.seq, 8)
        .arg(isoFromMillis(e.event.time), eventTypeName(e.event.type).leftJustified(32), summary);
}

QJsonValue settingValue(const QString &key, const QString &text)
{
    if (key == QLatin1String("languages")) {
        QStringList codes = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (QString &code : codes)
            code = code.trimmed();
        return QJsonArray::fromStringList(codes);
    }
    if (text == QLatin1String("true") || text == QLatin1String("false"))
        return text == QLatin1String("true");
    bool isInt = false;
    const int n = text.toInt(&isInt);
    return isInt ? QJsonValue(n) : QJsonValue(text);
}

} // namespace presso

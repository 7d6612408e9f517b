#include "devicesetup.h"

#include "wire.h"

#include <QObject>
#include <QUrlQuery>

namespace presso {

namespace {

QString wsScheme(const QString &scheme)
{
    if (scheme == QLatin1String("http") || scheme == QLatin1String("ws"))
        return QStringLiteral("ws");
    if (scheme == QLatin1String("https") || scheme == QLatin1String("wss"))
        return QStringLiteral("wss");
    return {};
}
} // namespace

std::optional<QString> pairingCodeFromTyped(const QString &text)
{
    QString code = text;
    code.remove(QLatin1Char(' '));
    if (code.size() != 6 || !std::all_of(code.cbegin(), code.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; }))
        return std::nullopt;
    return code;
}

std::optional<PairingTarget> parsePairingUrl(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const QString scheme = wsScheme(url.scheme());
    if (!url.isValid() || scheme.isEmpty() || url.host().isEmpty() || url.path() != QLatin1String("/pair"))
        return std::nullopt;
    const auto code = pairingCodeFromTyped(QUrlQuery(url).queryItemValue(QStringLiteral("code")));
    if (!code)
        return std::nullopt;
    QUrl server;
    server.setScheme(scheme);
    server.setHost(url.host());
    server.setPort(url.port(scheme == QLatin1String("wss") ? 443 : 80));
    return PairingTarget{server, *code};
}

std::optional<QUrl> serverFromTyped(const QString &typed)
{
    QString text = typed.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    if (!text.contains(QLatin1String("://")))
        text.prepend(QStringLiteral("ws://"));
    QUrl url(text, QUrl::StrictMode);
    const QString scheme = wsScheme(url.scheme());
    if (!url.isValid() || scheme.isEmpty() || url.host().isEmpty() || !url.userInfo().isEmpty())
        return std::nullopt;
    url.setScheme(scheme);
    if (url.port() == -1)
        url.setPort(wire::kDefaultPort);
    if (url.path() == QLatin1String("/"))
        url.setPath({});
    return url;
}

std::optional<QList<QUrl>> serversFromTyped(const QString &text, QString *bad)
{
    QList<QUrl> servers;
    for (const QString &entry : text.split(QLatin1Char(','))) {
        if (entry.trimmed().isEmpty())
            continue; // a stray comma
        const auto url = serverFromTyped(entry);
        if (!url) {
            if (bad)
                *bad = entry.trimmed();
            return std::nullopt;
        }
        if (!servers.contains(*url))
            servers.append(*url);
    }
    if (servers.isEmpty())
        return std::nullopt;
    return servers;
}

QString deviceKindText(Role role)
{
    switch (role) {
    case Role::Display:
        return QObject::tr("display");
    case Role::Kiosk:
        return QObject::tr("kiosk");
    case Role::Barista:
        return QObject::tr("barista");
    case Role::Admin:
    case Role::Customer:
        break;
    }
    return roleName(role);
}

QString refusalText(const Error &error, Role appRole)
{
    const QString m = error.message;
    switch (error.code) {
    case ErrorCode::RateLimited:
        return QObject::tr("Too many wrong codes were tried from this device. Wait a minute, then set it up "
                           "again with a new code.");
    case ErrorCode::Unauthenticated:
        if (m.contains(QLatin1String("pairing code is for")))
            return QObject::tr("That code is for another kind of device: this is the %1. Make a code for a %1 "
                               "on the barista's Shop page.").arg(deviceKindText(appRole));
        if (m.contains(QLatin1String("pairing code")))
            return QObject::tr("The code is wrong, already used, or more than 10 minutes old. Make a new one on "
                               "the barista's Shop page (Add a device).");
        if (m.contains(QLatin1String("token is for")))
            return QObject::tr("This device was set up as another kind of device, not as the %1. Set it up "
                               "again with a code for a %1.").arg(deviceKindText(appRole));
        return QObject::tr("The server does not know this device: it was removed, or set up for another "
                           "server. Set it up again with a new code.");
    case ErrorCode::BadRequest:
        return QObject::tr("This app and the server do not understand each other (%1). Update presso on "
                           "this device or on the server.").arg(m);
    default:
        return QObject::tr("The server refused this device: %1").arg(m);
    }
}

} // namespace presso

#include "serverlist.h"

#include "wire.h"

#include <QStringList>

namespace presso {

bool isServerUrl(const QUrl &url)
{
    return url.isValid() && !url.host().isEmpty()
           && (url.scheme() == QLatin1String("ws") || url.scheme() == QLatin1String("wss"));
}

Result<QList<QUrl>> parseServerList(const QString &text)
{
    QList<QUrl> servers;
    for (const QString &entry : text.split(QLatin1Char(','))) {
        const QString trimmed = entry.trimmed();
        if (trimmed.isEmpty())
            return badRequest(text.trimmed().isEmpty()
                                  ? QStringLiteral("no server address given")
                                  : QStringLiteral("\"%1\" has an empty address between commas").arg(text));
        const QUrl url(trimmed, QUrl::StrictMode);
        if (!isServerUrl(url))
            return badRequest(QStringLiteral("\"%1\" is not a ws:// or wss:// URL").arg(trimmed));
        if (!servers.contains(url))
            servers.append(url);
    }
    return servers;
}

QString serverListText(const QList<QUrl> &servers, const QString &separator)
{
    QStringList texts;
    for (const QUrl &server : servers)
        texts.append(server.toString());
    return texts.join(separator);
}

QString serverLabel(const QUrl &server)
{
    const int port = server.port(wire::kDefaultPort);
    return port == wire::kDefaultPort ? server.host() : QStringLiteral("%1:%2").arg(server.host()).arg(port);
}

} // namespace presso

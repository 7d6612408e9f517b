#pragma once

#include "result.h"

#include <QList>
#include <QUrl>

namespace presso {

// Whether url can be a presso server's address: ws:// or wss:// with a host.
bool isServerUrl(const QUrl &url);

// --server's value: one ws:// or wss:// URL, or several separated by commas, which a
// client tries in turn when the one it uses is unreachable (protocol.md, "Several servers
// on one PostgreSQL database"). A URL given twice counts once. The error names the entry
// that is not a server's URL.
Result<QList<QUrl>> parseServerList(const QString &text);

// The list as --server takes it and as an app remembers it; a setup screen shows it
// with ", " between the URLs.
QString serverListText(const QList<QUrl> &servers, const QString &separator = QStringLiteral(","));

// A server as a person reads it on a screen: the host, and the port unless it is
// presso's default.
QString serverLabel(const QUrl &server);

} // namespace presso

#pragma once

#include <QHostAddress>
#include <QStringList>

namespace presso {

// The addresses other machines reach this server at, from the address it listens on.
// Listening on a wildcard (0.0.0.0 or ::) means every interface: each one's addresses
// are listed, loopback last, because a device across the room cannot use 127.0.0.1.
QList<QHostAddress> reachableAddresses(const QHostAddress &listen);

// "ws://192.168.1.10:8770" for each of reachableAddresses(); wss:// when tls.
QStringList reachableUrls(const QHostAddress &listen, quint16 port, bool tls);

// The default public URL of protocol.md: http:// + the first non-loopback IPv4 address
// of the host + ":" + port, or the loopback address when the server listens only there.
// https:// when tls.
QString defaultPublicUrl(const QHostAddress &listen, quint16 port, bool tls = false);

} // namespace presso

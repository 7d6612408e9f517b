#include "addresses.h"

#include <QNetworkInterface>
#include <QUrl>

namespace presso {

namespace {
bool isWildcard(const QHostAddress &a)
{
    return a == QHostAddress::Any || a == QHostAddress::AnyIPv4 || a == QHostAddress::AnyIPv6;
}

// host:port for a URL: IPv6 in brackets, and no interface scope (fe80::1%eth0).
QString hostPort(QHostAddress address, quint16 port)
{
    address.setScopeId({});
    QUrl url;
    url.setHost(address.toString());
    url.setPort(port);
    return url.authority();
}
} // namespace

QList<QHostAddress> reachableAddresses(const QHostAddress &listen)
{
    if (!isWildcard(listen))
        return {listen};
    const bool ipv4Only = listen == QHostAddress::AnyIPv4;
    QList<QHostAddress> outside, loopback;
    for (const QNetworkInterface &iface : QNetworkInterface::allInterfaces()) {
        if (!(iface.flags() & QNetworkInterface::IsUp))
            continue;
        for (const QNetworkAddressEntry &entry : iface.addressEntries()) {
            const QHostAddress a = entry.ip();
            if (ipv4Only && a.protocol() != QAbstractSocket::IPv4Protocol)
                continue;
            // An IPv6 link-local address needs the interface's name on the device side.
            if (a.protocol() == QAbstractSocket::IPv6Protocol && a.isLinkLocal())
                continue;
            (a.isLoopback() ? loopback : outside).append(a);
        }
    }
    // IPv4 first: that is what people type.
    std::stable_sort(outside.begin(), outside.end(), [](const QHostAddress &x, const QHostAddress &y) {
        return x.protocol() == QAbstractSocket::IPv4Protocol && y.protocol() != QAbstractSocket::IPv4Protocol;
    });
    return outside + loopback;
}

QStringList reachableUrls(const QHostAddress &listen, quint16 port, bool tls)
{
    QStringList out;
    for (const QHostAddress &a : reachableAddresses(listen))
        out.append((tls ? QStringLiteral("wss://") : QStringLiteral("ws://")) + hostPort(a, port));
    return out;
}

QString defaultPublicUrl(const QHostAddress &listen, quint16 port, bool tls)
{
    QHostAddress host = listen.isLoopback() ? listen : QHostAddress(QHostAddress::LocalHost);
    if (!listen.isLoopback()) {
        const QList<QHostAddress> all = reachableAddresses(listen);
        const auto ipv4 = std::find_if(all.cbegin(), all.cend(), [](const QHostAddress &a) {
            return a.protocol() == QAbstractSocket::IPv4Protocol && !a.isLoopback();
        });
        if (ipv4 != all.cend())
            host = *ipv4;
        else if (!all.isEmpty() && !all.first().isLoopback())
            host = all.first();
    }
    return (tls ? QStringLiteral("https://") : QStringLiteral("http://")) + hostPort(host, port);
}

} // namespace presso

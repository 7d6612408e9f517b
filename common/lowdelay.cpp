#include "lowdelay.h"

#include <QAbstractSocket>
#include <QWebSocket>

namespace presso {

QAbstractSocket *tcpSocketOf(QWebSocket *socket, const QObject *acceptedBy)
{
    if (auto *own = socket->findChild<QAbstractSocket *>(QString(), Qt::FindDirectChildrenOnly))
        return own;
    if (!acceptedBy)
        return nullptr;
    // The accepted sockets are children of the server's QTcpServer, the newest last:
    // searching from the end finds a new connection at once, whatever the number open.
    const auto matches = [socket](QObject *o) {
        auto *tcp = qobject_cast<QAbstractSocket *>(o);
        return tcp && tcp->peerPort() == socket->peerPort() && tcp->localPort() == socket->localPort()
               && tcp->peerAddress() == socket->peerAddress();
    };
    const QObjectList &children = acceptedBy->children();
    for (auto child = children.crbegin(); child != children.crend(); ++child) {
        if (matches(*child))
            return static_cast<QAbstractSocket *>(*child);
        const QObjectList &grandchildren = (*child)->children();
        for (auto it = grandchildren.crbegin(); it != grandchildren.crend(); ++it) {
            if (matches(*it))
                return static_cast<QAbstractSocket *>(*it);
        }
    }
    return nullptr;
}

bool setLowDelay(QWebSocket *socket, const QObject *acceptedBy)
{
    return setTcpLowDelay(socket ? tcpSocketOf(socket, acceptedBy) : nullptr);
}

bool setTcpLowDelay(QAbstractSocket *tcp)
{
    if (!tcp)
        return false;
    tcp->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    return tcp->socketOption(QAbstractSocket::LowDelayOption).toInt() == 1;
}

} // namespace presso

#include "lowdelay.h"

#include <QAbstractSocket>
#include <QWebSocket>

namespace presso {

namespace {
QAbstractSocket *tcpSocketOf(QWebSocket *socket, const QObject *acceptedBy)
{
    if (auto *own = socket->findChild<QAbstractSocket *>(QString(), Qt::FindDirectChildrenOnly))
        return own;
    if (!acceptedBy)
        return nullptr;
    const auto candidates = acceptedBy->findChildren<QAbstractSocket *>();
    for (QAbstractSocket *tcp : candidates) {
        if (tcp->peerPort() == socket->peerPort() && tcp->localPort() == socket->localPort()
            && tcp->peerAddress() == socket->peerAddress())
            return tcp;
    }
    return nullptr;
}
} // namespace

bool setLowDelay(QWebSocket *socket, const QObject *acceptedBy)
{
    QAbstractSocket *tcp = socket ? tcpSocketOf(socket, acceptedBy) : nullptr;
    if (!tcp)
        return false;
    tcp->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    return tcp->socketOption(QAbstractSocket::LowDelayOption).toInt() == 1;
}

} // namespace presso

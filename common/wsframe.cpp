#include "wsframe.h"

#include <QSslSocket>
#include <QtEndian>
#include <sys/socket.h>

namespace presso {

TextFrame TextFrame::of(const QByteArray &utf8)
{
    constexpr char kFinText = char(0x81);
    const quint64 size = quint64(utf8.size());
    QByteArray wire;
    wire.reserve(utf8.size() + 10);
    wire.append(kFinText);
    if (size < 126) {
        wire.append(char(size));
    } else if (size <= 0xffff) {
        wire.append(char(126));
        char length[2];
        qToBigEndian(quint16(size), length);
        wire.append(length, 2);
    } else {
        wire.append(char(127));
        char length[8];
        qToBigEndian(size, length);
        wire.append(length, 8);
    }
    wire.append(utf8);
    return TextFrame{utf8, wire};
}

void writeToSocket(QAbstractSocket &tcp, const QByteArray &bytes)
{
    qsizetype sent = 0;
    const qintptr fd = tcp.socketDescriptor();
    if (fd >= 0 && tcp.bytesToWrite() == 0 && !qobject_cast<QSslSocket *>(&tcp)) {
        const ssize_t n = ::send(int(fd), bytes.constData(), size_t(bytes.size()), MSG_DONTWAIT | MSG_NOSIGNAL);
        if (n == bytes.size())
            return;
        // A full buffer (EAGAIN) or an error: Qt's own write below queues the rest, or
        // finds the error and reports it as the socket's.
        sent = n > 0 ? qsizetype(n) : 0;
    }
    tcp.write(bytes.constData() + sent, bytes.size() - sent);
}

} // namespace presso

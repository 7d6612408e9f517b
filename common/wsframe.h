#pragma once

#include <QByteArray>

class QAbstractSocket;

namespace presso {

// One text message as a server sends it (RFC 6455: one final frame, unmasked), made once
// and written as it is to every connection that receives it, instead of each QWebSocket
// converting and framing its own copy.
struct TextFrame
{
    QByteArray text; // the UTF-8 payload
    QByteArray wire; // the frame header and the payload

    static TextFrame of(const QByteArray &utf8);
};

// Writes bytes to a connected TCP socket: with a send() of its own when nothing waits in
// the socket's buffer, so that QTcpSocket neither copies them into a write chunk (32 KiB,
// kept for good once made) nor takes a turn of the event loop with a write notifier
// switched on and off. Whatever the kernel does not take now is queued with the socket as
// before, and so is everything written while something waits. TLS sockets go through Qt.
void writeToSocket(QAbstractSocket &tcp, const QByteArray &bytes);

} // namespace presso

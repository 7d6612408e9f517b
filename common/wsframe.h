#pragma once

#include <QByteArray>

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

} // namespace presso

#pragma once

#include <QByteArray>
#include <QList>
#include <QUrlQuery>
#include <optional>
#include <utility>

namespace presso {

// One HTTP/1.x request head as the server's listener read it (the body, if any, is
// never read: presso serves only GET and HEAD).
struct HttpRequest
{
    QByteArray method;
    QByteArray target; // as sent: "/o?code=AB12"
    QByteArray version; // "HTTP/1.1"
    QString path; // percent-decoded, without the query
    QUrlQuery query;
    QList<std::pair<QByteArray, QByteArray>> headers; // names lower-cased

    QByteArray header(const QByteArray &lowerName) const;
    // The WebSocket opening handshake (RFC 6455 4.1): Upgrade: websocket.
    bool isWebSocketUpgrade() const;

    // Parses a complete head (request line and header lines, the blank line included
    // or not). nullopt for anything that is not an HTTP/1.x request.
    static std::optional<HttpRequest> parse(const QByteArray &head);
};

// Where the head ends in data that arrived so far: the offset just past the blank line,
// or -1 while it has not come yet.
qsizetype endOfHead(const QByteArray &data);

struct HttpResponse
{
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;

    HttpResponse &withHeader(const QByteArray &name, const QByteArray &value)
    {
        headers.append({name, value});
        return *this;
    }
    // The bytes on the wire, "Connection: close" included; no body for HEAD or a 304.
    QByteArray serialize(bool headOnly) const;

    static HttpResponse text(int status, const QByteArray &message);
};

QByteArray reasonPhrase(int status);

// What the listener does with the bytes of a connection that arrived so far (its first
// maxHeadBytes + 1 at most): wait for more, refuse them with an answer, hand the
// connection to the WebSocket handshake, or route the request.
struct HeadReading
{
    enum class Kind { Incomplete, Refused, Upgrade, Request };
    Kind kind = Kind::Incomplete;
    HttpResponse refusal; // Refused: 431 or 400
    std::optional<HttpRequest> request; // Upgrade and Request

    static HeadReading of(const QByteArray &data, qsizetype maxHeadBytes);
};

} // namespace presso

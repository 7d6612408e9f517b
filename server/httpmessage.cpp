#include "httpmessage.h"

#include <QUrl>

namespace presso {

namespace {
// RFC 9110 5.6.2: the characters of a method or a header name.
bool isToken(const QByteArray &s)
{
    if (s.isEmpty())
        return false;
    for (char c : s) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                        || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
        if (!ok)
            return false;
    }
    return true;
}

bool hasControlCharacters(QByteArrayView s)
{
    for (char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && u != '\t') || u == 0x7f)
            return true;
    }
    return false;
}

// The origin-form part of a request target: "/a?b" as it is, "http://host/a?b" as "/a?b".
std::optional<QByteArray> originForm(const QByteArray &target)
{
    if (target.startsWith('/'))
        return target;
    for (const char *scheme : {"http://", "https://"}) {
        if (target.startsWith(scheme)) {
            const qsizetype slash = target.indexOf('/', qsizetype(qstrlen(scheme)));
            return slash < 0 ? QByteArray("/") : target.mid(slash);
        }
    }
    return std::nullopt;
}
} // namespace

QByteArray HttpRequest::header(const QByteArray &lowerName) const
{
    for (const auto &[name, value] : headers) {
        if (name == lowerName)
            return value;
    }
    return {};
}

bool HttpRequest::isWebSocketUpgrade() const
{
    for (const QByteArray &token : header("upgrade").split(',')) {
        if (token.trimmed().compare("websocket", Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

std::optional<HttpRequest> HttpRequest::parse(const QByteArray &head)
{
    QList<QByteArray> lines = head.split('\n');
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    while (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    if (lines.isEmpty())
        return std::nullopt;

    HttpRequest r;
    const QList<QByteArray> parts = lines.constFirst().split(' ');
    if (parts.size() != 3 || !isToken(parts[0]) || !parts[2].startsWith("HTTP/1."))
        return std::nullopt;
    r.method = parts[0];
    r.target = parts[1];
    r.version = parts[2];
    const auto origin = originForm(r.target);
    if (!origin || hasControlCharacters(*origin) || origin->contains(' '))
        return std::nullopt;
    const qsizetype question = origin->indexOf('?');
    const QByteArray rawPath = question < 0 ? *origin : origin->left(question);
    r.path = QUrl::fromPercentEncoding(rawPath);
    if (question >= 0)
        r.query = QUrlQuery(QString::fromUtf8(origin->mid(question + 1)));

    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        // A name with no colon, a space before the colon, or an obsolete folded line.
        if (colon <= 0 || !isToken(line.left(colon)) || hasControlCharacters(line))
            return std::nullopt;
        r.headers.append({line.left(colon).toLower(), line.mid(colon + 1).trimmed()});
    }
    return r;
}

namespace {
// Qt's WebSocket handshake reads up to the first CRLF CRLF, and a socket handed to it
// has no handshake timer: an upgrade head with a bare LF would leave it waiting for an
// end it never sees, for as long as the client likes.
bool linesEndInCrlf(QByteArrayView head)
{
    for (qsizetype i = 0; i < head.size(); ++i) {
        if (head[i] == '\n' && (i == 0 || head[i - 1] != '\r'))
            return false;
    }
    return true;
}
} // namespace

HeadReading HeadReading::of(const QByteArray &data, qsizetype maxHeadBytes)
{
    HeadReading r;
    const qsizetype end = endOfHead(data);
    if (end < 0 && data.size() <= maxHeadBytes)
        return r;
    r.kind = HeadReading::Kind::Refused;
    if (end < 0 || end > maxHeadBytes) {
        r.refusal = HttpResponse::text(431, "The request line and headers may be at most 8 KiB.");
        return r;
    }
    r.request = HttpRequest::parse(data.left(end));
    if (!r.request) {
        r.refusal = HttpResponse::text(400, "This is not an HTTP/1.x request.");
        return r;
    }
    if (r.request->isWebSocketUpgrade() && !linesEndInCrlf(QByteArrayView(data).first(end))) {
        r.refusal = HttpResponse::text(400, "A WebSocket handshake ends its lines in CRLF.");
        return r;
    }
    r.kind = r.request->isWebSocketUpgrade() ? HeadReading::Kind::Upgrade : HeadReading::Kind::Request;
    return r;
}

qsizetype endOfHead(const QByteArray &data)
{
    // RFC 9112 2.2: a bare LF may end a line; the head ends at the first empty line.
    qsizetype from = 0;
    for (;;) {
        const qsizetype lf = data.indexOf('\n', from);
        if (lf < 0)
            return -1;
        const qsizetype next = lf + 1;
        if (next < data.size() && data.at(next) == '\n')
            return next + 1;
        if (next + 1 < data.size() && data.at(next) == '\r' && data.at(next + 1) == '\n')
            return next + 2;
        from = next;
    }
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 303: return "See Other";
    case 304: return "Not Modified";
    case 400: return "Bad Request";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 408: return "Request Timeout";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 503: return "Service Unavailable";
    default: return "Unknown";
    }
}

QByteArray HttpResponse::serialize(bool headOnly) const
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    if (!contentType.isEmpty())
        out += "Content-Type: " + contentType + "\r\n";
    // RFC 9110 8.6: a HEAD answer may carry the length the GET would have had.
    if (status != 304)
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    for (const auto &[name, value] : headers)
        out += name + ": " + value + "\r\n";
    out += "Connection: close\r\n\r\n";
    if (!headOnly && status != 304)
        out += body;
    return out;
}

HttpResponse HttpResponse::text(int status, const QByteArray &message)
{
    HttpResponse r;
    r.status = status;
    r.contentType = "text/plain; charset=utf-8";
    r.body = message + '\n';
    return r;
}

} // namespace presso

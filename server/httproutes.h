#pragma once

#include "httpmessage.h"

#include <QHash>

namespace presso {

class ServerMetrics;
struct Services;

// What the server answers over plain HTTP (protocol.md, "HTTP on the same port"): the
// phone page and its files from Qt resources, the pairing page, /healthz and /metrics.
// Everything else is 404; a known path with a method other than GET or HEAD is 405.
class HttpRoutes
{
public:
    HttpRoutes(Services &services, ServerMetrics &metrics);

    HttpResponse answer(const HttpRequest &request);

    // The Content-Security-Policy of every HTML answer: the page's own files and its
    // own WebSocket, nothing inline, nothing from another host.
    static const QByteArray kContentSecurityPolicy;

private:
    HttpResponse route(const HttpRequest &request);
    HttpResponse health();
    HttpResponse metrics();
    HttpResponse pairPage(const HttpRequest &request);
    // A file compiled into the server, with its ETag; 304 when the client has it.
    HttpResponse resource(const QString &path, const HttpRequest &request);
    // /o?code=CODE of a shop other than main: the same page with &shop=ID, so that its
    // hello names the code's shop.
    std::optional<HttpResponse> toCodesShop(const HttpRequest &request);

    Services &m_services;
    ServerMetrics &m_metrics;
    struct File
    {
        QByteArray content;
        QByteArray etag;
    };
    QHash<QString, File> m_files;
};

} // namespace presso

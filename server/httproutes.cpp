#include "httproutes.h"

#include "servermetrics.h"
#include "services.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace presso {

const QByteArray HttpRoutes::kContentSecurityPolicy =
    "default-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; "
    "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

namespace {
QByteArray contentTypeOf(const QString &path)
{
    static const QHash<QString, QByteArray> types{
        {QStringLiteral("html"), "text/html; charset=utf-8"},
        {QStringLiteral("js"), "text/javascript; charset=utf-8"},
        {QStringLiteral("mjs"), "text/javascript; charset=utf-8"},
        {QStringLiteral("css"), "text/css; charset=utf-8"},
        {QStringLiteral("svg"), "image/svg+xml"},
        {QStringLiteral("png"), "image/png"},
        {QStringLiteral("ico"), "image/x-icon"},
        {QStringLiteral("json"), "application/json"},
        {QStringLiteral("webmanifest"), "application/manifest+json"},
        {QStringLiteral("wav"), "audio/wav"},
        {QStringLiteral("woff2"), "font/woff2"},
        {QStringLiteral("txt"), "text/plain; charset=utf-8"},
    };
    const QString suffix = path.section(QLatin1Char('.'), -1).toLower();
    return types.value(suffix, "application/octet-stream");
}

// A path under /web/ or /icons/ names a resource only through plain segments: no "..",
// no hidden names, nothing that could reach the SQL or anything else compiled in.
bool isPlainRelativePath(const QString &path)
{
    static const QRegularExpression segment(QStringLiteral("^[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}$"));
    const QStringList parts = path.split(QLatin1Char('/'));
    return std::all_of(parts.begin(), parts.end(), [](const QString &p) { return segment.match(p).hasMatch(); });
}

bool matchesEtag(const QByteArray &ifNoneMatch, const QByteArray &etag)
{
    for (QByteArray candidate : ifNoneMatch.split(',')) {
        candidate = candidate.trimmed();
        if (candidate.startsWith("W/"))
            candidate = candidate.mid(2);
        if (candidate == etag || candidate == "*")
            return true;
    }
    return false;
}

HttpResponse json(int status, const QJsonObject &body)
{
    HttpResponse r;
    r.status = status;
    r.contentType = "application/json";
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return r.withHeader("Cache-Control", "no-store");
}
} // namespace

HttpRoutes::HttpRoutes(Services &services, ServerMetrics &metrics)
    : m_services(services)
    , m_metrics(metrics)
{
}

HttpResponse HttpRoutes::answer(const HttpRequest &request)
{
    HttpResponse r = route(request);
    r.withHeader("X-Content-Type-Options", "nosniff").withHeader("Referrer-Policy", "no-referrer");
    if (r.contentType.startsWith("text/html"))
        r.withHeader("Content-Security-Policy", kContentSecurityPolicy);
    return r;
}

HttpResponse HttpRoutes::route(const HttpRequest &request)
{
    const QString &path = request.path;
    QString file;
    if (path == QLatin1String("/") || path == QLatin1String("/o"))
        file = QStringLiteral(":/web/index.html");
    else if (path.startsWith(QLatin1String("/web/")) && isPlainRelativePath(path.mid(5)))
        file = QStringLiteral(":") + path;
    else if (path.startsWith(QLatin1String("/icons/")) && path.endsWith(QLatin1String(".svg")) && isPlainRelativePath(path.mid(7)))
        file = QStringLiteral(":") + path;
    const bool known = !file.isEmpty() || path == QLatin1String("/healthz") || path == QLatin1String("/metrics")
                       || path == QLatin1String("/pair");
    if (!file.isEmpty() && !QFile::exists(file))
        return HttpResponse::text(404, "Not found.");
    if (!known)
        return HttpResponse::text(404, "Not found.");
    if (request.method != "GET" && request.method != "HEAD")
        return HttpResponse::text(405, "Only GET and HEAD are served here.").withHeader("Allow", "GET, HEAD");
    if (path == QLatin1String("/healthz"))
        return health();
    if (path == QLatin1String("/metrics"))
        return metrics();
    if (path == QLatin1String("/pair"))
        return pairPage(request);
    if (path == QLatin1String("/o"))
        if (auto moved = toCodesShop(request))
            return *moved;
    return resource(file, request);
}

std::optional<HttpResponse> HttpRoutes::toCodesShop(const HttpRequest &request)
{
    const QUrlQuery &query = request.query;
    const QString code = QrCode::codeFromScan(query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded));
    if (code.isEmpty() || query.hasQueryItem(QStringLiteral("shop")))
        return std::nullopt;
    std::optional<QString> shop;
    try {
        shop = m_services.storage.shopOfCode(code);
    } catch (const StorageError &) {
        return std::nullopt; // the page says hello to the main shop; the redeem still finds the code's
    }
    if (!shop || *shop == mainShopId())
        return std::nullopt;
    // The page says hello to the code's shop: it reads the shop from its address.
    QUrlQuery moved;
    moved.addQueryItem(QStringLiteral("code"), code);
    moved.addQueryItem(QStringLiteral("shop"), *shop);
    HttpResponse r = HttpResponse::text(303, "See the code's shop.");
    return r.withHeader("Location", "/o?" + moved.toString(QUrl::FullyEncoded).toUtf8()).withHeader("Cache-Control", "no-store");
}

HttpResponse HttpRoutes::health()
{
    const bool up = m_services.transactions.reachable();
    qsizetype shops = m_services.shops().size();
    try {
        if (up)
            shops = m_services.storage.shops().size(); // also those another writer added
    } catch (const StorageError &) {
    }
    return json(up ? 200 : 503, {{QStringLiteral("status"), up ? QStringLiteral("ok") : QStringLiteral("unavailable")},
                                 {QStringLiteral("version"), QStringLiteral(PRESSO_VERSION)},
                                 {QStringLiteral("storage"), m_services.transactions.kind()},
                                 {QStringLiteral("shops"), int(shops)}});
}

HttpResponse HttpRoutes::metrics()
{
    HttpResponse r;
    r.contentType = ServerMetrics::kContentType;
    r.body = m_metrics.scrape(m_services.publisher.sessions());
    return r.withHeader("Cache-Control", "no-store");
}

HttpResponse HttpRoutes::pairPage(const HttpRequest &request)
{
    // Whatever the link carries is shown as text, escaped, and never more than a code's worth.
    const QString code = request.query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded).left(32).toHtmlEscaped();
    const QString body = code.isEmpty()
        ? QStringLiteral("<p>This link carries no pairing code. Ask for a new one at the barista tablet.</p>")
        : QStringLiteral("<p>This code pairs a new presso screen: a kiosk, a display or a barista tablet.</p>\n"
                         "<p>Scan it from the setup screen of the presso app on that device, or type it there:</p>\n"
                         "<p class=\"code\"><strong>%1</strong></p>\n"
                         "<p>A code works once and for 10 minutes.</p>")
              .arg(code);
    HttpResponse r;
    r.contentType = "text/html; charset=utf-8";
    r.body = QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                            "<title>Pair a presso device</title>\n</head>\n<body>\n<main>\n"
                            "<h1>Pair a presso device</h1>\n%1\n</main>\n</body>\n</html>\n")
                 .arg(body)
                 .toUtf8();
    return r.withHeader("Cache-Control", "no-store");
}

HttpResponse HttpRoutes::resource(const QString &path, const HttpRequest &request)
{
    auto it = m_files.constFind(path);
    if (it == m_files.constEnd()) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return HttpResponse::text(404, "Not found.");
        File file;
        file.content = f.readAll();
        file.etag = '"' + QCryptographicHash::hash(file.content, QCryptographicHash::Sha256).toHex().left(20) + '"';
        it = m_files.insert(path, file);
    }
    HttpResponse r;
    r.contentType = contentTypeOf(path);
    // Revalidated on every use: a new server's page never runs with an old script.
    r.withHeader("Cache-Control", "no-cache").withHeader("ETag", it->etag);
    if (matchesEtag(request.header("if-none-match"), it->etag)) {
        r.status = 304;
        return r;
    }
    r.body = it->content;
    return r;
}

} // namespace presso

// PgAddress: a libpq connection URI taken apart into the fields of a QSqlDatabase.
#include "pgstorage.h"

#include <QUrlQuery>

namespace presso {

namespace {
// A libpq keyword value in single quotes, as in a conninfo string.
QString quoted(QString value)
{
    value.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    value.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + value + QLatin1Char('\'');
}
} // namespace

bool PgAddress::isUri(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://"));
}

std::optional<PgAddress> PgAddress::fromUri(const QString &uri, QString *error)
{
    auto refuse = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (!isUri(uri))
        return refuse(QStringLiteral("a PostgreSQL database is named by a URI: postgresql://user@host:port/db"));
    const QUrl url(uri, QUrl::StrictMode);
    if (!url.isValid())
        return refuse(QStringLiteral("not a valid URI: ") + url.errorString());
    PgAddress a;
    a.host = url.host(QUrl::FullyDecoded);
    a.port = url.port(-1);
    a.user = url.userName(QUrl::FullyDecoded);
    a.password = url.password(QUrl::FullyDecoded);
    a.database = url.path(QUrl::FullyDecoded).mid(1);
    QStringList options;
    for (const auto &[key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
        // These may come as parameters too (host=/run/postgresql for a socket directory).
        if (key == QLatin1String("host"))
            a.host = value;
        else if (key == QLatin1String("port"))
            a.port = value.toInt();
        else if (key == QLatin1String("user"))
            a.user = value;
        else if (key == QLatin1String("password"))
            a.password = value;
        else if (key == QLatin1String("dbname"))
            a.database = value;
        else if (key.isEmpty() || !std::all_of(key.begin(), key.end(), [](QChar c) { return c.isLetterOrNumber() || c == QLatin1Char('_'); }))
            return refuse(QStringLiteral("not a connection parameter: ") + key);
        else
            options.append(key + QLatin1Char('=') + quoted(value));
    }
    a.options = options.join(QLatin1Char(';'));
    return a;
}

} // namespace presso

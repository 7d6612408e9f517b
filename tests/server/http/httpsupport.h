#pragma once

// A raw HTTP/1.1 client for tests, as curl or a phone browser would speak to the
// server: bytes written as given (so that a test can send a malformed or oversized
// head), the answer read until the server closes the connection, and a parser for the
// Prometheus text format.
#include <QByteArray>
#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>
#include <QUrl>
#include <optional>

namespace presso::test {

struct HttpReply
{
    int status = 0; // 0: no answer (the connection closed or timed out without one)
    QHash<QByteArray, QByteArray> headers; // names lower-cased
    QByteArray body;
    QByteArray raw;

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
};

inline HttpReply parseReply(const QByteArray &raw)
{
    HttpReply r;
    r.raw = raw;
    const qsizetype end = raw.indexOf("\r\n\r\n");
    if (!raw.startsWith("HTTP/1.1 ") || end < 0)
        return r;
    const QList<QByteArray> lines = raw.left(end).split('\n');
    r.status = lines.first().mid(9, 3).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            r.headers.insert(line.left(colon).toLower(), line.mid(colon + 1).trimmed());
    }
    r.body = raw.mid(end + 4);
    return r;
}

// Connects (over TLS when tls is given), writes each chunk in its own turn of the event
// loop, and reads until the server closes.
inline HttpReply exchange(const QUrl &server, const QList<QByteArray> &chunks,
                          const std::optional<QSslConfiguration> &tls = std::nullopt, int timeoutMs = 10'000)
{
    QSslSocket socket;
    QByteArray received;
    QObject::connect(&socket, &QIODevice::readyRead, &socket, [&] { received += socket.readAll(); });
    QSignalSpy closed(&socket, &QAbstractSocket::disconnected);
    if (tls) {
        QSignalSpy encrypted(&socket, &QSslSocket::encrypted);
        socket.setSslConfiguration(*tls);
        socket.connectToHostEncrypted(server.host(), quint16(server.port()), server.host());
        if (!encrypted.wait(timeoutMs))
            return {};
    } else {
        QSignalSpy connected(&socket, &QAbstractSocket::connected);
        socket.connectToHost(server.host(), quint16(server.port()));
        if (!connected.wait(timeoutMs))
            return {};
    }
    for (const QByteArray &chunk : chunks) {
        QSignalSpy written(&socket, &QIODevice::bytesWritten);
        socket.write(chunk);
        if (socket.state() != QAbstractSocket::ConnectedState || (!written.count() && !written.wait(timeoutMs)))
            break;
    }
    if (socket.state() != QAbstractSocket::UnconnectedState && closed.isEmpty())
        closed.wait(timeoutMs);
    received += socket.readAll();
    return parseReply(received);
}

inline HttpReply request(const QUrl &server, const QByteArray &method, const QByteArray &target,
                         const QByteArray &extraHeaders = {},
                         const std::optional<QSslConfiguration> &tls = std::nullopt)
{
    return exchange(server, {method + ' ' + target + " HTTP/1.1\r\nHost: " + server.host().toUtf8() + "\r\n"
                             + extraHeaders + "\r\n"},
                    tls);
}

inline HttpReply get(const QUrl &server, const QByteArray &target)
{
    return request(server, "GET", target);
}

// "name{labels}" -> value, from Prometheus's text format; nullopt if a line is not in it.
inline std::optional<QHash<QString, double>> parseMetrics(const QByteArray &text)
{
    static const QRegularExpression sample(
        QStringLiteral(R"(^([a-zA-Z_:][a-zA-Z0-9_:]*(?:\{[^}]*\})?) (\S+)$)"));
    QHash<QString, double> values;
    for (const QByteArray &line : text.split('\n')) {
        if (line.isEmpty() || line.startsWith("# HELP ") || line.startsWith("# TYPE "))
            continue;
        const auto m = sample.match(QString::fromUtf8(line));
        bool ok = false;
        const double value = m.hasMatch() ? m.captured(2).toDouble(&ok) : 0;
        if (!ok && m.captured(2) != QLatin1String("+Inf"))
            return std::nullopt;
        values.insert(m.captured(1), value);
    }
    return values;
}

} // namespace presso::test

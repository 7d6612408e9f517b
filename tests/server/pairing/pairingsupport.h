#pragma once

// Helpers of tst_pairing: make a code, say hello with it, read the terminal's QR text.
#include "../access/accesssupport.h"
#include "qrdecode.h"

#include <QDir>
#include <QFile>
#include <QImage>

namespace presso::test {

inline Response pairVia(WsProbe &probe, const QString &role, const QString &name)
{
    return probe.call(QStringLiteral("device.pair"), {{QStringLiteral("role"), role}, {QStringLiteral("name"), name}});
}

inline QString codeOf(const Response &made)
{
    return made.result.value(QStringLiteral("pairing")).toObject().value(QStringLiteral("code")).toString();
}

inline Response helloWithCode(WsProbe &probe, const QString &code, const QString &name = {},
                              const QString &role = {})
{
    QJsonObject pair{{QStringLiteral("code"), code}};
    if (!name.isNull())
        pair.insert(QStringLiteral("name"), name);
    QJsonObject args{{QStringLiteral("protocol"), 1}, {QStringLiteral("pair"), pair}};
    if (!role.isEmpty())
        args.insert(QStringLiteral("role"), role);
    return probe.call(QStringLiteral("hello"), args);
}

// A six-digit code that is none of real: the i-th of a fixed walk.
inline QString wrongCode(const QStringList &real, int i)
{
    for (int n = 100'003 + i * 7'919;; n += 104'729) {
        const QString code = QStringLiteral("%1").arg(n % 1'000'000, 6, 10, QLatin1Char('0'));
        if (!real.contains(code))
            return code;
    }
}

// A new connection says hello with code and is refused with `code`, then closed (1008).
inline void expectRefused(TestShop &shop, const QString &pairingCode, ErrorCode code)
{
    WsProbe probe(shop.server.url());
    QVERIFY(probe.connectNow());
    const Response hello = helloWithCode(probe, pairingCode);
    QVERIFY2(!hello.ok, "the hello was accepted");
    QCOMPARE(errorCodeName(hello.error.code), errorCodeName(code));
    QVERIFY(probe.waitForClose());
    QCOMPARE(probe.closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);
}

// Whether the database files (with the write-ahead log) hold these bytes anywhere.
inline bool databaseHolds(TestServer &server, const QByteArray &bytes)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
        QFile f(server.databasePath() + suffix);
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(bytes))
            return true;
    }
    return false;
}

// The QR symbol of `presso-server device pair`'s output as an image: each half-block
// character is two modules, drawn 8 pixels a module.
inline QImage terminalQrImage(const QString &out)
{
    QStringList rows;
    for (const QString &line : out.split(QLatin1Char('\n'))) {
        if (line.contains(QChar(0x2580)) || line.contains(QChar(0x2584)) || line.contains(QChar(0x2588))
            || (!rows.isEmpty() && line.trimmed().isEmpty() && !line.isEmpty()))
            rows.append(line);
    }
    constexpr int kScale = 8;
    int width = 0;
    for (const QString &r : rows)
        width = std::max(width, int(r.size()));
    QImage image((width + 8) * kScale, (rows.size() * 2 + 8) * kScale, QImage::Format_RGB32);
    image.fill(Qt::white);
    for (int y = 0; y < rows.size(); ++y) {
        for (int x = 0; x < rows.at(y).size(); ++x) {
            const QChar c = rows.at(y).at(x);
            const bool top = c == QChar(0x2580) || c == QChar(0x2588);
            const bool bottom = c == QChar(0x2584) || c == QChar(0x2588);
            for (int half = 0; half < 2; ++half) {
                if (half == 0 ? !top : !bottom)
                    continue;
                for (int dy = 0; dy < kScale; ++dy)
                    for (int dx = 0; dx < kScale; ++dx)
                        image.setPixel((x + 4) * kScale + dx, ((y * 2 + half) + 4) * kScale + dy, qRgb(0, 0, 0));
            }
        }
    }
    return image;
}

} // namespace presso::test

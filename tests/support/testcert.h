#pragma once

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSslConfiguration>
#include <QSslKey>
#include <QStandardPaths>
#include <QString>

namespace presso::test {

// A self-signed EC certificate for 127.0.0.1 and its key, made by openssl in dir, as
// cert.pem and key.pem. Empty paths when openssl is missing or failed (the caller fails).
struct TestCertificate
{
    QString cert;
    QString key;
    bool ok() const { return !cert.isEmpty(); }
    // What a server serves with this certificate and key (no client certificates).
    QSslConfiguration serverTls() const
    {
        QFile certFile(cert), keyFile(key);
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
            return tls;
        tls.setLocalCertificate(QSslCertificate(certFile.readAll(), QSsl::Pem));
        tls.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Ec, QSsl::Pem));
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
        return tls;
    }
};

inline TestCertificate makeTestCertificate(const QString &dir)
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        return {};
    TestCertificate out{QDir(dir).filePath(QStringLiteral("cert.pem")), QDir(dir).filePath(QStringLiteral("key.pem"))};
    QProcess gen;
    gen.start(openssl, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                        QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                        QStringLiteral("-keyout"), out.key, QStringLiteral("-out"), out.cert, QStringLiteral("-days"),
                        QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                        QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1")});
    if (!gen.waitForFinished(60'000) || gen.exitCode() != 0)
        return {};
    return out;
}

} // namespace presso::test

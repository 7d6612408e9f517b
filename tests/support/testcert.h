#pragma once

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QString>

namespace presso::test {

// A self-signed EC certificate for 127.0.0.1 and its key, made by openssl in dir, as
// cert.pem and key.pem. Empty paths when openssl is missing or failed (the caller skips).
struct TestCertificate
{
    QString cert;
    QString key;
    bool ok() const { return !cert.isEmpty(); }
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

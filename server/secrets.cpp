#include "secrets.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace presso::secrets {

QString randomToken(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator *rng = QRandomGenerator::system();
    for (char &c : raw)
        c = static_cast<char>(rng->bounded(256));
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString randomCode(int length)
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";
    QRandomGenerator *rng = QRandomGenerator::system();
    QString code;
    code.reserve(length);
    for (int i = 0; i < length; ++i)
        code.append(QLatin1Char(alphabet[rng->bounded(64)]));
    return code;
}

QString hashToken(const QString &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

namespace {
QByteArray xorWithKeyStream(const QString &key, const QString &context, QByteArray data)
{
    QByteArray stream;
    for (int block = 0; stream.size() < data.size(); ++block) {
        const QByteArray message = context.toUtf8() + '\n' + QByteArray::number(block);
        stream += QMessageAuthenticationCode::hash(message, key.toUtf8(), QCryptographicHash::Sha256);
    }
    for (qsizetype i = 0; i < data.size(); ++i)
        data[i] = static_cast<char>(data[i] ^ stream[i]);
    return data;
}

constexpr auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
} // namespace

QString seal(const QString &key, const QString &context, const QString &secret)
{
    return QString::fromLatin1(xorWithKeyStream(key, context, secret.toUtf8()).toBase64(kBase64Url));
}

QString unseal(const QString &key, const QString &context, const QString &sealed)
{
    const QByteArray raw = QByteArray::fromBase64(sealed.toLatin1(), kBase64Url);
    return QString::fromUtf8(xorWithKeyStream(key, context, raw));
}

bool constantTimeEquals(const QString &a, const QString &b)
{
    const QByteArray x = a.toUtf8();
    const QByteArray y = b.toUtf8();
    unsigned diff = static_cast<unsigned>(x.size() ^ y.size());
    const qsizetype n = std::min(x.size(), y.size());
    for (qsizetype i = 0; i < n; ++i)
        diff |= static_cast<unsigned>(x[i] ^ y[i]);
    return diff == 0;
}

} // namespace presso::secrets

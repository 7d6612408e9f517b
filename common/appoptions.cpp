#include "appoptions.h"

#include "serverlist.h"
#include "wire.h"

#include <QCommandLineParser>
#include <QFile>
#include <QSettings>

namespace presso {

namespace {
const QString kServerKey = QStringLiteral("server");
const QString kTokenKey = QStringLiteral("token");
const QString kCaCertKey = QStringLiteral("caCert");
const QString kLanguageKey = QStringLiteral("language");
const QString kTextSizeKey = QStringLiteral("textSize");
const QString kContrastKey = QStringLiteral("contrast");
} // namespace

AppOptions::AppOptions(QString application, bool windowOption)
    : m_application(std::move(application))
    , m_windowOption(windowOption)
    , m_serverOption(QStringLiteral("server"),
                     QStringLiteral("presso-server address (default %1; remembered). Several, "
                                    "separated by commas: the next is used when one is unreachable.")
                         .arg(defaultServer().toString()),
                     QStringLiteral("url[,url...]"))
    , m_tokenOption(QStringLiteral("token"),
                    QStringLiteral("This device's token from 'presso-server device add' (remembered)."),
                    QStringLiteral("token"))
    , m_windowedOption(QStringLiteral("windowed"),
                       QStringLiteral("Run in a window instead of full screen."))
    , m_caCertOption(QStringLiteral("ca-cert"),
                     QStringLiteral("Trust this PEM certificate for a wss:// server (remembered)."),
                     QStringLiteral("file"))
    , m_languageOption(QStringLiteral("language"),
                       QStringLiteral("The screen's language: en, de, es or pt_BR (default: the system's; "
                                      "remembered). The display alternates two given as de,en."),
                       QStringLiteral("code[,code]"))
    , m_textSizeOption(QStringLiteral("text-size"),
                       QStringLiteral("Larger words for low vision: 1, 1.25 or 1.5 (remembered)."), QStringLiteral("scale"))
    , m_contrastOption(QStringLiteral("contrast"),
                       QStringLiteral("normal, or high: black on white and deeper colours (remembered)."),
                       QStringLiteral("normal|high"))
{
}

QUrl AppOptions::defaultServer()
{
    QUrl url(QStringLiteral("ws://127.0.0.1"));
    url.setPort(wire::kDefaultPort);
    return url;
}

void AppOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOption(m_serverOption);
    parser.addOption(m_tokenOption);
    parser.addOption(m_caCertOption);
    if (m_windowOption) {
        parser.addOption(m_windowedOption);
        parser.addOption(m_languageOption);
        parser.addOption(m_textSizeOption);
        parser.addOption(m_contrastOption);
    }
}

bool AppOptions::readLook(const QCommandLineParser &parser, Look *look, QString *error)
{
    QSettings settings(QString::fromLatin1(kOrganization), m_application);
    auto value = [&](const QCommandLineOption &option, const QString &key, const QString &fallback) {
        return m_windowOption && parser.isSet(option) ? parser.value(option).trimmed()
                                                      : settings.value(key, fallback).toString();
    };
    const QString size = value(m_textSizeOption, kTextSizeKey, QStringLiteral("1"));
    const QString contrast = value(m_contrastOption, kContrastKey, QStringLiteral("normal"));
    static const QStringList sizes{QStringLiteral("1"), QStringLiteral("1.25"), QStringLiteral("1.5")};
    if (!sizes.contains(size) || (contrast != QLatin1String("normal") && contrast != QLatin1String("high"))) {
        if (error)
            *error = !sizes.contains(size) ? QStringLiteral("--text-size: 1, 1.25 or 1.5, not %1").arg(size)
                                           : QStringLiteral("--contrast: normal or high, not %1").arg(contrast);
        return false;
    }
    look->textScale = size.toDouble();
    look->highContrast = contrast == QLatin1String("high");
    if (m_windowOption && parser.isSet(m_textSizeOption))
        settings.setValue(kTextSizeKey, size);
    if (m_windowOption && parser.isSet(m_contrastOption))
        settings.setValue(kContrastKey, contrast);
    return true;
}

QStringList AppOptions::readLanguages(const QCommandLineParser &parser)
{
    QSettings settings(QString::fromLatin1(kOrganization), m_application);
    QString text;
    if (m_windowOption && parser.isSet(m_languageOption)) {
        text = parser.value(m_languageOption).trimmed();
        settings.setValue(kLanguageKey, text);
    } else {
        text = settings.value(kLanguageKey).toString();
    }
    QStringList codes;
    for (const QString &code : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        codes << code.trimmed();
    return codes;
}

bool AppOptions::read(const QCommandLineParser &parser, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    // Read first: the setup screen shown when the rest cannot work honours it too.
    m_windowed = m_windowOption && parser.isSet(m_windowedOption);
    if (!readCaCert(parser, error))
        return false;
    QSettings settings(QString::fromLatin1(kOrganization), m_application);

    m_servers.clear();
    if (parser.isSet(m_serverOption)) {
        const auto servers = parseServerList(parser.value(m_serverOption));
        if (!servers)
            return fail(QStringLiteral("--server: ") + servers.error().message);
        m_servers = *servers;
        settings.setValue(kServerKey, serverListText(m_servers));
    } else {
        const auto servers = parseServerList(settings.value(kServerKey, defaultServer().toString()).toString());
        if (!servers)
            return fail(QStringLiteral("the remembered server: %1; pass --server").arg(servers.error().message));
        m_servers = *servers;
    }

    if (parser.isSet(m_tokenOption)) {
        m_token = parser.value(m_tokenOption).trimmed();
        if (m_token.isEmpty())
            return fail(QStringLiteral("--token: must not be empty"));
        settings.setValue(kTokenKey, m_token);
    } else {
        m_token = settings.value(kTokenKey).toString();
        if (m_token.isEmpty())
            return fail(QStringLiteral("no device token: pass --token (it is remembered)"));
    }

    settings.sync();
    // The file holds a device token: only this user may read it.
    if (QFile::exists(settings.fileName()))
        QFile::setPermissions(settings.fileName(), QFile::ReadOwner | QFile::WriteOwner);
    if (settings.status() != QSettings::NoError)
        return fail(QStringLiteral("could not save the options to %1").arg(settings.fileName()));
    return true;
}

bool AppOptions::readCaCert(const QCommandLineParser &parser, QString *error)
{
    QSettings settings(QString::fromLatin1(kOrganization), m_application);
    const QString file = parser.isSet(m_caCertOption) ? parser.value(m_caCertOption)
                                                      : settings.value(kCaCertKey).toString();
    m_caCertificates.clear();
    if (file.isEmpty())
        return true;
    QFile f(file);
    if (f.open(QIODevice::ReadOnly))
        m_caCertificates = QSslCertificate::fromData(f.readAll(), QSsl::Pem);
    if (m_caCertificates.isEmpty()) {
        if (error)
            *error = QStringLiteral("--ca-cert: %1 holds no PEM certificate that can be read").arg(file);
        return false;
    }
    if (parser.isSet(m_caCertOption))
        settings.setValue(kCaCertKey, file);
    return true;
}

void AppOptions::remember(const QString &application, const QList<QUrl> &servers, const QString &token)
{
    QSettings settings(QString::fromLatin1(kOrganization), application);
    settings.setValue(kServerKey, serverListText(servers));
    settings.setValue(kTokenKey, token);
}

} // namespace presso

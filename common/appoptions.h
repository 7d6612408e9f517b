#pragma once

#include <QCommandLineOption>
#include <QSslCertificate>
#include <QString>
#include <QStringList>
#include <QList>
#include <QUrl>

class QCommandLineParser;

namespace presso {

// The command line every presso app and the robot share (--server, --token, and
// --windowed for the screens), remembered in QSettings so a device is set up once.
// --server takes one URL, or several separated by commas for a shop whose servers
// share one database: the client moves to the next when the one it uses is unreachable.
class AppOptions
{
public:
    // application: the QSettings application name ("kiosk", "robot", ...), under the
    // organization "presso". windowOption: offer --windowed (the screens, not the robot).
    explicit AppOptions(QString application, bool windowOption = true);

    // Registers the options on a parser the app owns, next to its own options.
    void addTo(QCommandLineParser &parser) const;

    // Call after parser.process() or parse(). Takes --server and --token from the
    // command line and saves them to QSettings, or else reads them from QSettings; the
    // server defaults to defaultServer(). --windowed is not remembered: a kiosk started
    // windowed once for a look should not stay so. Returns false with *error set when
    // a server URL in the list is not a ws:// or wss:// URL, or there is no token at all.
    bool read(const QCommandLineParser &parser, QString *error = nullptr);
    // --ca-cert alone: a file that is unreadable or holds no certificate is an error the
    // person at the command line must fix, not a reason to open the setup screen.
    bool readCaCert(const QCommandLineParser &parser, QString *error = nullptr);
    // --language alone, read before anything is shown (the setup screen speaks it too):
    // from the command line, saved; or else the remembered one; or else none (the
    // system's). Several codes separated by commas: the display alternates them.
    QStringList readLanguages(const QCommandLineParser &parser);
    // --text-size (1, 1.25 or 1.5) and --contrast (normal or high), remembered the same
    // way. False with *error set for any other value.
    struct Look
    {
        double textScale = 1.0;
        bool highContrast = false;
    };
    bool readLook(const QCommandLineParser &parser, Look *look, QString *error = nullptr);

    // One or more, in the order given; never empty once read() succeeded.
    QList<QUrl> servers() const { return m_servers; }
    QString token() const { return m_token; }
    // From --ca-cert FILE (remembered): trusted for a shop's self-signed wss:// server.
    QList<QSslCertificate> caCertificates() const { return m_caCertificates; }
    bool windowed() const { return m_windowed; }
    QString application() const { return m_application; }

    static QUrl defaultServer();
    // Saves the servers and token for application, as the first-run screen does.
    static void remember(const QString &application, const QList<QUrl> &servers, const QString &token);
    static constexpr char kOrganization[] = "presso";

private:
    QString m_application;
    bool m_windowOption;
    QCommandLineOption m_serverOption;
    QCommandLineOption m_tokenOption;
    QCommandLineOption m_windowedOption;
    QCommandLineOption m_caCertOption;
    QCommandLineOption m_languageOption;
    QCommandLineOption m_textSizeOption;
    QCommandLineOption m_contrastOption;
    QList<QSslCertificate> m_caCertificates;
    QList<QUrl> m_servers;
    QString m_token;
    bool m_windowed = false;
};

} // namespace presso

// AppOptions: the --server (one URL or several), --token and --windowed options every
// app parses, and the settings in which an app remembers them.

#include "appoptions.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace presso;

class TestAppOptions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void appOptionsDefaults();
    void appOptionsRemembered();
    void appOptionsRejectsBadServer_data();
    void appOptionsRejectsBadServer();
    void serverListRemembered();
    void appOptionsWithoutWindowed();

private:
    QTemporaryDir m_settingsDir;
};

void TestAppOptions::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    // Before any QSettings exists, so that no test touches the real ~/.config.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
}

void TestAppOptions::appOptionsDefaults()
{
    AppOptions options(QStringLiteral("kiosk-defaults"));
    QCommandLineParser parser;
    options.addTo(parser);
    QVERIFY(parser.parse({QStringLiteral("kiosk"), QStringLiteral("--token"), QStringLiteral("t-1")}));
    QString error;
    QVERIFY2(options.read(parser, &error), qPrintable(error));
    QCOMPARE(options.servers(), QList<QUrl>{QUrl(QStringLiteral("ws://127.0.0.1:8770"))});
    QCOMPARE(options.token(), QStringLiteral("t-1"));
    QVERIFY(!options.windowed());
}

void TestAppOptions::appOptionsRemembered()
{
    const QString app = QStringLiteral("display-remembered");
    {
        AppOptions options(app);
        QCommandLineParser parser;
        options.addTo(parser);
        QVERIFY(parser.parse({QStringLiteral("display"), QStringLiteral("--server"),
                              QStringLiteral("wss://bar.example:9000"), QStringLiteral("--token"),
                              QStringLiteral("abc"), QStringLiteral("--windowed")}));
        QVERIFY(options.read(parser));
        QCOMPARE(options.servers(), QList<QUrl>{QUrl(QStringLiteral("wss://bar.example:9000"))});
        QVERIFY(options.windowed());
    }
    {
        AppOptions options(app);
        QCommandLineParser parser;
        options.addTo(parser);
        QVERIFY(parser.parse({QStringLiteral("display")}));
        QVERIFY(options.read(parser));
        QCOMPARE(options.servers(), QList<QUrl>{QUrl(QStringLiteral("wss://bar.example:9000"))});
        QCOMPARE(options.token(), QStringLiteral("abc"));
        QVERIFY(!options.windowed());
    }
    const QString file = QSettings(QStringLiteral("presso"), app).fileName();
    QVERIFY(file.startsWith(m_settingsDir.path()));
    QCOMPARE(QFileInfo(file).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());

    // Another app has its own settings.
    AppOptions other(QStringLiteral("barista-remembered"));
    QCommandLineParser parser;
    other.addTo(parser);
    QVERIFY(parser.parse({QStringLiteral("barista")}));
    QString error;
    QVERIFY(!other.read(parser, &error));
    QVERIFY(error.contains(QStringLiteral("--token")));
}

void TestAppOptions::appOptionsRejectsBadServer_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("message");
    auto notWs = [](const char *entry) {
        return QStringLiteral("--server: \"%1\" is not a ws:// or wss:// URL").arg(QLatin1String(entry));
    };
    QTest::addRow("http") << QStringLiteral("http://127.0.0.1:8770") << notWs("http://127.0.0.1:8770");
    QTest::addRow("no host") << QStringLiteral("ws://") << notWs("ws://");
    QTest::addRow("not a url") << QStringLiteral("bar example") << notWs("bar example");
    // In a list, the error names the entry.
    QTest::addRow("http second") << QStringLiteral("ws://10.0.0.5:8770,http://10.0.0.6:8770")
                                 << notWs("http://10.0.0.6:8770");
    QTest::addRow("no host first") << QStringLiteral("ws://,ws://10.0.0.6:8770") << notWs("ws://");
    QTest::addRow("space inside") << QStringLiteral("ws://10.0.0.5:8770,bar example") << notWs("bar example");
    QTest::addRow("empty entry") << QStringLiteral("ws://10.0.0.5:8770,,ws://10.0.0.6:8770")
                                 << QStringLiteral("--server: \"ws://10.0.0.5:8770,,ws://10.0.0.6:8770\" has an "
                                                   "empty address between commas");
}

void TestAppOptions::appOptionsRejectsBadServer()
{
    QFETCH(QString, server);
    QFETCH(QString, message);
    const QString app = QStringLiteral("kiosk-bad");
    AppOptions options(app);
    QCommandLineParser parser;
    options.addTo(parser);
    QVERIFY(parser.parse({QStringLiteral("kiosk"), QStringLiteral("--server"), server,
                          QStringLiteral("--token"), QStringLiteral("t")}));
    QString error;
    QVERIFY(!options.read(parser, &error));
    QCOMPARE(error, message);
    // Nothing of a bad list is remembered, not even its good part.
    QVERIFY(!QSettings(QStringLiteral("presso"), app).contains(QStringLiteral("server")));
}

void TestAppOptions::serverListRemembered()
{
    const QString app = QStringLiteral("barista-servers");
    const QList<QUrl> servers{QUrl(QStringLiteral("ws://10.0.0.5:8770")), QUrl(QStringLiteral("wss://bar-2.example:9000"))};
    {
        AppOptions options(app);
        QCommandLineParser parser;
        options.addTo(parser);
        // Spaces after the commas are allowed; a URL given twice counts once.
        QVERIFY(parser.parse({QStringLiteral("barista"), QStringLiteral("--server"),
                              QStringLiteral("ws://10.0.0.5:8770, wss://bar-2.example:9000,ws://10.0.0.5:8770"),
                              QStringLiteral("--token"), QStringLiteral("t")}));
        QString error;
        QVERIFY2(options.read(parser, &error), qPrintable(error));
        QCOMPARE(options.servers(), servers);
    }
    AppOptions again(app);
    QCommandLineParser parser;
    again.addTo(parser);
    QVERIFY(parser.parse({QStringLiteral("barista")}));
    QVERIFY(again.read(parser));
    QCOMPARE(again.servers(), servers);
    QCOMPARE(QSettings(QStringLiteral("presso"), app).value(QStringLiteral("server")).toString(),
             QStringLiteral("ws://10.0.0.5:8770,wss://bar-2.example:9000"));
}

void TestAppOptions::appOptionsWithoutWindowed()
{
    AppOptions options(QStringLiteral("robot"), false);
    QCommandLineParser parser;
    options.addTo(parser);
    QVERIFY(!parser.parse({QStringLiteral("robot"), QStringLiteral("--windowed")}));
    QVERIFY(parser.parse({QStringLiteral("robot"), QStringLiteral("--token"), QStringLiteral("r")}));
    QVERIFY(options.read(parser));
    QVERIFY(!options.windowed());
}

QTEST_GUILESS_MAIN(TestAppOptions)
#include "tst_appoptions.moc"

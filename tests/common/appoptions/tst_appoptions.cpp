// AppOptions: the --server, --token and --windowed options every app parses, and the
// settings in which an app remembers them.

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
    QCOMPARE(options.server(), QUrl(QStringLiteral("ws://127.0.0.1:8770")));
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
        QCOMPARE(options.server(), QUrl(QStringLiteral("wss://bar.example:9000")));
        QVERIFY(options.windowed());
    }
    {
        AppOptions options(app);
        QCommandLineParser parser;
        options.addTo(parser);
        QVERIFY(parser.parse({QStringLiteral("display")}));
        QVERIFY(options.read(parser));
        QCOMPARE(options.server(), QUrl(QStringLiteral("wss://bar.example:9000")));
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
    QTest::addRow("http") << QStringLiteral("http://127.0.0.1:8770");
    QTest::addRow("no host") << QStringLiteral("ws://");
    QTest::addRow("not a url") << QStringLiteral("bar example");
}

void TestAppOptions::appOptionsRejectsBadServer()
{
    QFETCH(QString, server);
    const QString app = QStringLiteral("kiosk-bad");
    AppOptions options(app);
    QCommandLineParser parser;
    options.addTo(parser);
    QVERIFY(parser.parse({QStringLiteral("kiosk"), QStringLiteral("--server"), server,
                          QStringLiteral("--token"), QStringLiteral("t")}));
    QString error;
    QVERIFY(!options.read(parser, &error));
    QVERIFY2(error.startsWith(QStringLiteral("--server")), qPrintable(error));
    QVERIFY(!QSettings(QStringLiteral("presso"), app).contains(QStringLiteral("server")));
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

// The real kiosk and barista programs follow the shop's `languages` setting while they
// run: an admin sets German on a real server, and each app with no --language of its
// own makes its screen anew in German (and a kiosk only once no customer is mid-order:
// it starts on its scan screen here). That a device's own --language is never overruled
// is tst_languages'.
#include "testshop.h"

#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace presso;
using namespace presso::test;

class TestAppLanguage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void followsTheShop_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("expected");
        QTest::newRow("kiosk") << QStringLiteral(PRESSO_ORDER_BINARY) << QStringLiteral("kiosk") << QStringLiteral("de");
        QTest::newRow("barista") << QStringLiteral(PRESSO_BARISTA_BINARY) << QStringLiteral("barista") << QStringLiteral("de");
    }

    void followsTheShop()
    {
        QFETCH(QString, program);
        QFETCH(QString, role);
        QFETCH(QString, expected);
        TestShop shop;
        QTemporaryDir home; // the app's remembered settings stay in the test
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path());
        app.setProcessEnvironment(env);
        app.setProcessChannelMode(QProcess::MergedChannels);
        const QString token = role == QLatin1String("kiosk") ? shop.kiosk2Token : shop.baristaToken;
        const QStringList args{QStringLiteral("--server"), shop.server.url().toString(), QStringLiteral("--token"), token,
                         QStringLiteral("--windowed")};
        app.start(program, args);
        QVERIFY(app.waitForStarted());
        QString output;
        auto said = [&](const QString &text) {
            output += QString::fromUtf8(app.readAll());
            return output.contains(text);
        };
        QTRY_VERIFY_WITH_TIMEOUT(said(QStringLiteral("live:")), 20'000);

        const Response set = shop.admin->call(QStringLiteral("settings.set"),
                                              {{QStringLiteral("languages"), QJsonArray{"de", "en"}}});
        QVERIFY2(set.ok, qPrintable(set.error.message));
        QTRY_VERIFY_WITH_TIMEOUT(said(QStringLiteral("the screen is made anew in ") + expected), 20'000);
        QCOMPARE(app.state(), QProcess::Running);
        app.terminate();
        QVERIFY(app.waitForFinished(10'000));
        QVERIFY2(!said(QStringLiteral("made anew in en")), qPrintable(output));
    }
};

QTEST_GUILESS_MAIN(TestAppLanguage)
#include "tst_applanguage.moc"

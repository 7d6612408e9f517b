// Several shops from the command line (presso-server shop add, shop list, --shop on
// device, settings, menu and journey), also beside a running server. Each case runs on a
// SQLite store and on a real PostgreSQL 15 cluster.
#include "../cli/cliprocess.h"
#include "../http/httpsupport.h"
#include "backends.h"
#include "testshop.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace presso;
using namespace presso::test;

class TestShopCommands : public QObject
{
    Q_OBJECT

    Backends m_backends;

    QString database() { return m_backends.database(QStringLiteral("shopcommands")); }

private Q_SLOTS:
    void initTestCase_data() { Backends::addRows(); }
    void commandLineTakesShop();
    void aShopAddedElsewhereIsServed();
};

void TestShopCommands::commandLineTakesShop()
{
    const QString db = database();
    QTemporaryDir dir;
    const QStringList store = db.isEmpty() ? QStringList{QStringLiteral("--data-dir"), dir.path()}
                                           : QStringList{QStringLiteral("--database"), db};
    const auto cli = [&](const QStringList &args) { return runCli({}, store + args); };
    QCOMPARE(cli({QStringLiteral("shop"), QStringLiteral("add"), QStringLiteral("north"), QStringLiteral("--name"), QStringLiteral("North Bar")}).code, 0);
    const Output twice = cli({QStringLiteral("shop"), QStringLiteral("add"), QStringLiteral("north"), QStringLiteral("--name"), QStringLiteral("Again")});
    QCOMPARE(twice.code, 1);
    QVERIFY2(twice.err.contains(QLatin1String("already")), qPrintable(twice.err));
    const Output bad = cli({QStringLiteral("shop"), QStringLiteral("add"), QStringLiteral("North_Bar"), QStringLiteral("--name"), QStringLiteral("X")});
    QCOMPARE(bad.code, 1);
    QVERIFY2(bad.err.contains(QLatin1String("not a shop id")), qPrintable(bad.err));
    const Output list = cli({QStringLiteral("shop"), QStringLiteral("list")});
    QCOMPARE(list.code, 0);
    QVERIFY(list.out.contains(QLatin1String("main")));
    QVERIFY(list.out.contains(QLatin1String("North Bar")));

    QCOMPARE(cli({QStringLiteral("device"), QStringLiteral("add"), QStringLiteral("--shop"), QStringLiteral("north"),
                  QStringLiteral("--role"), QStringLiteral("kiosk"), QStringLiteral("--name"), QStringLiteral("north-kiosk")}).code, 0);
    QCOMPARE(cli({QStringLiteral("device"), QStringLiteral("add"), QStringLiteral("--role"), QStringLiteral("kiosk"),
                  QStringLiteral("--name"), QStringLiteral("main-kiosk")}).code, 0);
    const Output northDevices = cli({QStringLiteral("device"), QStringLiteral("list"), QStringLiteral("--shop"), QStringLiteral("north")});
    QVERIFY(northDevices.out.contains(QLatin1String("north-kiosk")));
    QVERIFY(!northDevices.out.contains(QLatin1String("main-kiosk")));
    QVERIFY(!cli({QStringLiteral("device"), QStringLiteral("list")}).out.contains(QLatin1String("north-kiosk")));
    const Output pair = cli({QStringLiteral("device"), QStringLiteral("pair"), QStringLiteral("--shop"), QStringLiteral("north"),
                             QStringLiteral("--role"), QStringLiteral("display"), QStringLiteral("--name"), QStringLiteral("north-tv")});
    QCOMPARE(pair.code, 0);

    QCOMPARE(cli({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("drinksPerCode"), QStringLiteral("4"),
                  QStringLiteral("--shop"), QStringLiteral("north")}).code, 0);
    const Output northSettings = cli({QStringLiteral("settings"), QStringLiteral("show"), QStringLiteral("--shop"), QStringLiteral("north")});
    const QJsonObject northShop = QJsonDocument::fromJson(northSettings.out.toUtf8()).object();
    QCOMPARE(northShop.value(QStringLiteral("drinksPerCode")).toInt(), 4);
    QCOMPARE(northShop.value(QStringLiteral("id")).toString(), QStringLiteral("north"));
    const QJsonObject mainShop = QJsonDocument::fromJson(cli({QStringLiteral("settings"), QStringLiteral("show")}).out.toUtf8()).object();
    QCOMPARE(mainShop.value(QStringLiteral("drinksPerCode")).toInt(), 10);
    QCOMPARE(cli({QStringLiteral("menu"), QStringLiteral("export"), QStringLiteral("--shop"), QStringLiteral("north")}).code, 0);
    const Output journey = cli({QStringLiteral("journey"), QStringLiteral("1"), QStringLiteral("--shop"), QStringLiteral("north")});
    QCOMPARE(journey.code, 1); // no order 1 yet, but the shop is known
    QVERIFY2(journey.err.contains(QLatin1String("no order")), qPrintable(journey.err));

    const Output unknown = cli({QStringLiteral("settings"), QStringLiteral("show"), QStringLiteral("--shop"), QStringLiteral("south")});
    QCOMPARE(unknown.code, 1);
    QVERIFY2(unknown.err.contains(QLatin1String("no shop \"south\"")), qPrintable(unknown.err));
    const Output invalid = cli({QStringLiteral("device"), QStringLiteral("list"), QStringLiteral("--shop"), QStringLiteral("NO SUCH")});
    QCOMPARE(invalid.code, 1);
    QVERIFY2(invalid.err.contains(QLatin1String("--shop takes")), qPrintable(invalid.err));
}

// `shop add` and `device add --shop` on the command line while a server serves the store:
// the new shop's device is served at once, and the server runs the shop from then on.
void TestShopCommands::aShopAddedElsewhereIsServed()
{
    const QString db = database();
    TestShop home(db);
    const QStringList store = db.isEmpty() ? QStringList{QStringLiteral("--data-dir"), home.server.dataDir()}
                                           : QStringList{QStringLiteral("--database"), db};
    QCOMPARE(runCli({}, store + QStringList{QStringLiteral("shop"), QStringLiteral("add"), QStringLiteral("west"),
                                            QStringLiteral("--name"), QStringLiteral("West")}).code, 0);
    const Output added = runCli({}, store + QStringList{QStringLiteral("device"), QStringLiteral("add"), QStringLiteral("--shop"),
                                                        QStringLiteral("west"), QStringLiteral("--role"), QStringLiteral("admin"),
                                                        QStringLiteral("--name"), QStringLiteral("west-admin")});
    QCOMPARE(added.code, 0);
    QCOMPARE(QJsonDocument::fromJson(get(home.server.url(), "/healthz").body).object().value(QStringLiteral("shops")).toInt(), 2);
    WsProbe admin(home.server.url());
    const QJsonObject hello = admin.join(Role::Admin, added.out.trimmed());
    QCOMPARE(hello.value(QStringLiteral("snapshot")).toObject().value(QStringLiteral("shop")).toObject()
                 .value(QStringLiteral("name")).toString(), QStringLiteral("West"));
    QVERIFY(!hello.value(QStringLiteral("snapshot")).toObject().value(QStringLiteral("qr")).toObject()
                 .value(QStringLiteral("code")).toString().isEmpty());
    QTRY_COMPARE(home.server.services().shops().size(), 2);
}

QTEST_GUILESS_MAIN(TestShopCommands)
#include "tst_shopcommands.moc"

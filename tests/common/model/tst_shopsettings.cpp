// ShopSettings: the defaults and JSON of protocol.md's `shop` object, and patches to it,
// good and bad.

#include "../samples.h"

#include <QTest>

using namespace presso;
using namespace presso::samples;
using namespace presso::testing;

class TestShopSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void settingsDefaults();
    void settingsRoundTrip();
    void settingsPatch();
    void badSettingsPatch_data();
    void badSettingsPatch();
};

void TestShopSettings::settingsDefaults()
{
    // protocol.md's `shop` object with its defaults.
    const QJsonObject defaults =
        QJsonDocument::fromJson(
            R"({"open":true,"maxOrdersInQueue":20,"drinksPerCode":10,"codeIntervalSec":300,"codeHideBeforeEndSec":15,)"
            R"("customerTimeoutSec":300,"baristaTimeoutSec":900,"orderUrl":"presso:order",)"
            // Part two; an empty publicUrl is the server's own address, filled in by the server.
            R"("phoneOrdering":true,"publicUrl":"","maxCustomerConnections":2000,)"
            // Several shops: an empty timeZone is the server's own, filled in by the server.
            R"("timeZone":"",)"
            // Languages: none, each device speaks its own.
            R"("languages":[]})")
            .object();
    QCOMPARE(ShopSettings().toJson(), defaults);
    QCOMPARE(sorted(ShopSettings::keys()), keysOf(defaults));
}

void TestShopSettings::settingsRoundTrip()
{
    const auto decoded = ShopSettings::fromJson(shop().toJson());
    QVERIFY2(decoded.ok(), qPrintable(errorOf(decoded)));
    QCOMPARE(*decoded, shop());

    // A newer server's extra field is ignored when reading; a missing one is not.
    const auto newer = ShopSettings::fromJson(with(shop().toJson(), "theme", "dark"));
    QVERIFY2(newer.ok(), qPrintable(errorOf(newer)));
    QCOMPARE(*newer, shop());
    const auto older =
        ShopSettings::fromJson(with(shop().toJson(), "orderUrl", QJsonValue::Undefined));
    QCOMPARE(older.error(), badRequest(QStringLiteral("shop.orderUrl: is required")));
    // Part two's settings are optional when reading: a server from before them lacks them.
    QJsonObject partOne = shop().toJson();
    for (const char *key : {"phoneOrdering", "publicUrl", "maxCustomerConnections", "timeZone", "languages"})
        partOne.remove(QLatin1String(key));
    const auto fromOlder = ShopSettings::fromJson(partOne);
    QVERIFY2(fromOlder.ok(), qPrintable(errorOf(fromOlder)));
    QCOMPARE(fromOlder->phoneOrdering, true);
    QCOMPARE(fromOlder->maxCustomerConnections, 2000);
    QCOMPARE(fromOlder->languages, QStringList());
    // A newer server's language this build does not ship is left out, the rest kept.
    const auto withFrench = ShopSettings::fromJson(with(shop().toJson(), "languages", QJsonArray{"fr", "de", "en"}));
    QVERIFY2(withFrench.ok(), qPrintable(errorOf(withFrench)));
    QCOMPARE(withFrench->languages, (QStringList{"de", "en"}));
}

void TestShopSettings::settingsPatch()
{
    const ShopSettings base = shop();
    QCOMPARE(*base.patched({}), base);

    const auto patched = base.patched({{"codeIntervalSec", 120},
                                       {"codeHideBeforeEndSec", 10},
                                       {"open", false},
                                       {"orderUrl", "https://presso.example/order"}});
    QVERIFY2(patched.ok(), qPrintable(errorOf(patched)));
    ShopSettings expected = base;
    expected.codeIntervalSec = 120;
    expected.codeHideBeforeEndSec = 10;
    expected.open = false;
    expected.orderUrl = QStringLiteral("https://presso.example/order");
    QCOMPARE(*patched, expected);

    const auto languages = base.patched({{"languages", QJsonArray{"pt_BR", "en"}}});
    QVERIFY2(languages.ok(), qPrintable(errorOf(languages)));
    QCOMPARE(languages->languages, (QStringList{"pt_BR", "en"}));
    QCOMPARE(languages->toJson().value("languages"), (QJsonArray{"pt_BR", "en"}));
    QCOMPARE(languages->patched({{"languages", QJsonArray{}}})->languages, QStringList());

    const auto edges = base.patched(
        {{"maxOrdersInQueue", 1}, {"codeHideBeforeEndSec", 0}, {"customerTimeoutSec", 86400}});
    QVERIFY2(edges.ok(), qPrintable(errorOf(edges)));
    QCOMPARE(edges->maxOrdersInQueue, 1);
    QCOMPARE(edges->codeHideBeforeEndSec, 0);
    QCOMPARE(edges->customerTimeoutSec, 86400);
}

void TestShopSettings::badSettingsPatch_data()
{
    QTest::addColumn<QJsonObject>("patch");
    QTest::addColumn<QString>("message");
    const QString shorter =
        QStringLiteral("args.codeHideBeforeEndSec: must be shorter than codeIntervalSec");
    QTest::addRow("unknown key") << QJsonObject{{"colour", "red"}}
                                 << "args.colour: unknown setting";
    QTest::addRow("unknown time zone")
        << QJsonObject{{"timeZone", "Mars/Olympus_Mons"}}
        << "args.timeZone: must be an IANA time zone such as Europe/Berlin (or empty for the server's own)";
    QTest::addRow("language not shipped")
        << QJsonObject{{"languages", QJsonArray{"de", "fr"}}}
        << "args.languages[1]: \"fr\" is not a language presso ships (en, de, es, pt_BR)";
    QTest::addRow("language twice") << QJsonObject{{"languages", QJsonArray{"de", "en", "de"}}}
                                    << "args.languages[2]: \"de\" is given twice";
    QTest::addRow("language a variant") << QJsonObject{{"languages", QJsonArray{"de_AT"}}}
                                        << "args.languages[0]: \"de_AT\" is not a language presso ships (en, de, es, pt_BR)";
    QTest::addRow("languages a string") << QJsonObject{{"languages", "de,en"}}
                                        << "args.languages: expected an array, got a string";
    QTest::addRow("languages a number") << QJsonObject{{"languages", QJsonArray{1}}}
                                        << "args.languages[0]: expected a string, got a number";
    QTest::addRow("unknown key beside good ones")
        << QJsonObject{{"open", false}, {"maxOrders", 5}} << "args.maxOrders: unknown setting";
    QTest::addRow("open string") << QJsonObject{{"open", "no"}}
                                 << "args.open: expected a boolean, got a string";
    QTest::addRow("maxOrdersInQueue 0") << QJsonObject{{"maxOrdersInQueue", 0}}
                                        << "args.maxOrdersInQueue: must be between 1 and 100000";
    QTest::addRow("maxOrdersInQueue -3") << QJsonObject{{"maxOrdersInQueue", -3}}
                                         << "args.maxOrdersInQueue: must be between 1 and 100000";
    QTest::addRow("maxOrdersInQueue string")
        << QJsonObject{{"maxOrdersInQueue", "20"}}
        << "args.maxOrdersInQueue: expected an integer, got a string";
    QTest::addRow("drinksPerCode 0") << QJsonObject{{"drinksPerCode", 0}}
                                     << "args.drinksPerCode: must be between 1 and 10000000";
    QTest::addRow("codeIntervalSec 5") << QJsonObject{{"codeIntervalSec", 5}}
                                       << "args.codeIntervalSec: must be between 10 and 86400";
    QTest::addRow("customerTimeoutSec a day and a second")
        << QJsonObject{{"customerTimeoutSec", 86401}}
        << "args.customerTimeoutSec: must be between 10 and 86400";
    QTest::addRow("baristaTimeoutSec 2.5")
        << QJsonObject{{"baristaTimeoutSec", 2.5}}
        << "args.baristaTimeoutSec: expected an integer, got a number";
    QTest::addRow("codeHideBeforeEndSec -1")
        << QJsonObject{{"codeHideBeforeEndSec", -1}}
        << "args.codeHideBeforeEndSec: must be between 0 and 86400";
    QTest::addRow("hide == interval") << QJsonObject{{"codeHideBeforeEndSec", 300}} << shorter;
    QTest::addRow("hide > interval") << QJsonObject{{"codeHideBeforeEndSec", 400}} << shorter;
    QTest::addRow("interval shrunk to hide") << QJsonObject{{"codeIntervalSec", 20}} << shorter;
    QTest::addRow("both equal") << QJsonObject{{"codeIntervalSec", 60},
                                               {"codeHideBeforeEndSec", 60}}
                                << shorter;
    QTest::addRow("orderUrl empty")
        << QJsonObject{{"orderUrl", ""}} << "args.orderUrl: must not be empty";
    QTest::addRow("orderUrl blank")
        << QJsonObject{{"orderUrl", "   "}} << "args.orderUrl: must not be empty";
    QTest::addRow("orderUrl number")
        << QJsonObject{{"orderUrl", 5}} << "args.orderUrl: expected a string, got a number";
}

void TestShopSettings::badSettingsPatch()
{
    QFETCH(QJsonObject, patch);
    QFETCH(QString, message);
    const auto patched = shop().patched(patch);
    QVERIFY(!patched.ok());
    QCOMPARE(patched.error(), badRequest(message));
}

QTEST_GUILESS_MAIN(TestShopSettings)
#include "tst_shopsettings.moc"

// QrCode: well-formed codes, the code read from a scan, and its JSON, against
// protocol.md.

#include "../samples.h"

#include <QTest>

using namespace presso;
using namespace presso::samples;
using namespace presso::testing;

class TestQrCode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void wellFormedCode_data();
    void wellFormedCode();
    void codeFromScan_data();
    void codeFromScan();
    void qrRoundTrip();
};

void TestQrCode::initTestCase()
{
    useFarTimeZone();
}

void TestQrCode::wellFormedCode_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("wellFormed");
    QTest::addRow("sample") << "AbC_12-xyZ" << true;
    QTest::addRow("digits") << "0123456789" << true;
    QTest::addRow("underscores and dashes") << "__--__--__" << true;
    QTest::addRow("9 chars") << "AbC_12-xy" << false;
    QTest::addRow("11 chars") << "AbC_12-xyZ0" << false;
    QTest::addRow("empty") << "" << false;
    QTest::addRow("bang") << "AbC_12-xy!" << false;
    QTest::addRow("space") << "AbC 12-xyZ" << false;
    QTest::addRow("plus") << "AbC+12-xyZ" << false;
    QTest::addRow("dot") << "AbC.12-xyZ" << false;
    QTest::addRow("slash") << "AbC/12-xyZ" << false;
    QTest::addRow("umlaut") << "AbC_12-xyÄ" << false;
    QTest::addRow("fullwidth digit") << "AbC_12-xy\uff11" << false;
}

void TestQrCode::wellFormedCode()
{
    QFETCH(QString, code);
    QFETCH(bool, wellFormed);
    QCOMPARE(QrCode::isWellFormedCode(code), wellFormed);
}

void TestQrCode::codeFromScan_data()
{
    QTest::addColumn<QString>("scanned");
    QTest::addColumn<QString>("code");
    QTest::addRow("order url") << "presso:order?code=AbC_12-xyZ"
                               << "AbC_12-xyZ";
    QTest::addRow("bare code") << "AbC_12-xyZ"
                               << "AbC_12-xyZ";
    QTest::addRow("bare code with newline") << "  AbC_12-xyZ\r\n"
                                            << "AbC_12-xyZ";
    QTest::addRow("https url") << "https://presso.example/order?code=AbC_12-xyZ"
                               << "AbC_12-xyZ";
    QTest::addRow("code not first") << "presso:order?lang=de&code=AbC_12-xyZ"
                                    << "AbC_12-xyZ";
    QTest::addRow("url without code") << "presso:order?lang=de"
                                      << "";
}

void TestQrCode::codeFromScan()
{
    QFETCH(QString, scanned);
    QFETCH(QString, code);
    QCOMPARE(QrCode::codeFromScan(scanned), code);
}

void TestQrCode::qrRoundTrip()
{
    const QrCode q = qr();
    QCOMPARE(q.url, QStringLiteral("presso:order?code=AbC_12-xyZ"));
    QCOMPARE(QrCode::codeFromScan(q.url), q.code);
    const QJsonObject json = q.toJson();
    QCOMPARE(keysOf(json),
             sorted({"code", "url", "bucket", "startsAt", "endsAt", "tokensTotal", "tokensLeft"}));
    QCOMPARE(json.value(QStringLiteral("bucket")).toInteger(),
             kNow / (shop().codeIntervalSec * 1000));
    QCOMPARE(json.value(QStringLiteral("startsAt")).toString(),
             QStringLiteral("2026-11-22T21:40:00.000Z"));
    QCOMPARE(json.value(QStringLiteral("endsAt")).toString(),
             QStringLiteral("2026-11-22T21:45:00.000Z"));
    const auto decoded = QrCode::fromJson(json);
    QVERIFY2(decoded.ok(), qPrintable(errorOf(decoded)));
    QCOMPARE(*decoded, q);
}

QTEST_GUILESS_MAIN(TestQrCode)
#include "tst_qrcode.moc"

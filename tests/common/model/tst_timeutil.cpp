// timeutil: the wire's ISO-8601 UTC timestamps, read and written, against protocol.md and
// QDateTime; every timestamp the model puts on the wire has that one shape.

#include "../samples.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using namespace presso;
using namespace presso::samples;
using namespace presso::testing;

class TestTimeUtil : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void isoFormatterMatchesQDateTime();

    void isoTimestamps_data();
    void isoTimestamps();
    void badTimestamps_data();
    void badTimestamps();
    void wireTimestampsHaveOneShape();
};

void TestTimeUtil::initTestCase()
{
    useFarTimeZone();
}

void TestTimeUtil::isoTimestamps_data()
{
    QTest::addColumn<Millis>("ms");
    QTest::addColumn<QString>("iso");
    QTest::addRow("epoch") << Millis(0) << "1970-01-01T00:00:00.000Z";
    QTest::addRow("1 ms before the epoch") << Millis(-1) << "1969-12-31T23:59:59.999Z";
    QTest::addRow("protocol example") << kNow << "2026-11-22T21:42:33.123Z";
    QTest::addRow("whole second") << Millis(1795383753000) << "2026-11-22T21:42:33.000Z";
    QTest::addRow("7 ms") << Millis(1795383753007) << "2026-11-22T21:42:33.007Z";
    QTest::addRow("1 ms past 2000") << Millis(946684800001) << "2000-01-01T00:00:00.001Z";
    QTest::addRow("leap day, last ms") << Millis(1835481599999) << "2028-02-29T23:59:59.999Z";
    QTest::addRow("past 32-bit seconds") << Millis(2147483648000) << "2038-01-19T03:14:08.000Z";
}

void TestTimeUtil::isoTimestamps()
{
    QFETCH(Millis, ms);
    QFETCH(QString, iso);
    QCOMPARE(isoFromMillis(ms), iso);
    QCOMPARE(millisFromIso(iso), std::optional<Millis>(ms));
    QCOMPARE(jsonTime(ms), QJsonValue(iso));
    QCOMPARE(jsonTime(std::nullopt), QJsonValue(QJsonValue::Null));
}

void TestTimeUtil::badTimestamps_data()
{
    QTest::addColumn<QString>("text");
    for (const char *text : {
             "2026-11-22T21:42:33.123",       // no zone: would be read as local time
             "2026-11-22T21:42:33Z",          // no milliseconds
             "2026-11-22T21:42:33.1Z",        // short milliseconds
             "2026-11-22T21:42:33.1234Z",     // too many digits
             "2026-11-22T21:42:33.123+00:00", // an offset, not 'Z'
             "2026-11-22T23:42:33.123+02:00",
             "2026-11-22 21:42:33.123Z", // space for 'T'
             "2026-11-22t21:42:33.123z",
             "2026-11-22",
             "21:42:33.123Z",
             "2026-13-22T21:42:33.123Z",
             "2026-02-30T21:42:33.123Z",
             "2026-11-22T24:00:00.000Z",
             "2026-11-22T21:60:33.123Z",
             "2026-11-22T21:42:61.123Z",
             " 2026-11-22T21:42:33.123Z",
             "2026-11-22T21:42:33.123Z\n",
             "+2026-11-22T21:42:33.123Z",
             "2026-11-22T21:42:33,123Z",
             "1795383753123",
             "yesterday",
             "",
         })
        QTest::addRow("%s", text) << QString::fromLatin1(text);
    QTest::addRow("Arabic-Indic digit") << QStringLiteral("2026-11-22T21:42:33.12\u0663Z");
}

void TestTimeUtil::badTimestamps()
{
    QFETCH(QString, text);
    QVERIFY(!millisFromIso(text));
    const auto order = Order::fromJson(with(queuedOrder().toJson(), "submittedAt", text));
    QVERIFY(!order.ok());
    QCOMPARE(order.error(), badRequest(QStringLiteral("order.submittedAt") + kBadTime));
}

void TestTimeUtil::wireTimestampsHaveOneShape()
{
    const QRegularExpression shape(QStringLiteral(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$)"));
    QStringList stamps;
    for (const Order &o : allOrders()) {
        const QJsonObject json = o.toJson();
        for (const char *key :
             {"createdAt", "submittedAt", "claimedAt", "completedAt", "finishedAt", "deadline"}) {
            if (!json.value(QLatin1String(key)).isNull())
                stamps.append(json.value(QLatin1String(key)).toString());
        }
    }
    const QJsonObject qrJson = qr().toJson();
    stamps << qrJson.value(QStringLiteral("startsAt")).toString()
           << qrJson.value(QStringLiteral("endsAt")).toString();
    stamps << Event{QStringLiteral("e-1"), EventType::NewCode, kNow + 1, {}}
                  .toJson()
                  .value(QStringLiteral("time"))
                  .toString();
    stamps << Response::success(QStringLiteral("c-1"), {}, kNow + 20)
                  .toJson()
                  .value(QStringLiteral("serverTime"))
                  .toString();
    QVERIFY(stamps.size() > 20);
    for (const QString &stamp : stamps)
        QVERIFY2(shape.match(stamp).hasMatch(), qPrintable(stamp));
}

void TestTimeUtil::isoFormatterMatchesQDateTime()
{
    // The hand-written formatter against Qt's, across eras, leap days and the epoch.
    const QList<Millis> fixed{0, -1, 1, 951'782'400'000, 951'868'799'999, 1'795'000'060'123,
                              253'402'300'799'999, -62'135'596'800'000};
    QList<Millis> samples = fixed;
    QRandomGenerator rng(42);
    for (int i = 0; i < 2000; ++i)
        samples.append(qint64(rng.bounded(4'000'000'000'000.0)) - 1'000'000'000'000);
    for (Millis ms : samples) {
        const QString expected = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)
                                     .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz'Z'"));
        QCOMPARE(isoFromMillis(ms), expected);
    }
}

QTEST_GUILESS_MAIN(TestTimeUtil)
#include "tst_timeutil.moc"

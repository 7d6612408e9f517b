// A two-week event, compressed: the real server on a real SQLite file and the injected
// clock, 14 days of a shop in Berlin across the change to summer time. Each day it
// opens at 07:00, has a morning and a lunch rush and quiet hours, closes at 18:00 (one
// night runs late past midnight, one past the clock change), and at 04:00 writes the
// nightly backup and moves old events to the archive, as the backup timer does.
//
// It checks what must not drift: each order's day is the shop's local date and numbers
// run 1, 2, 3 … from each local midnight; every deadline is its timeout after the event
// that set it and is honoured; every code's bucket starts on an interval boundary; the
// live event log holds only the retention window. It prints the process's RSS and the
// store's size each day (figures, not assertions: docs/reliability.md).
//
// PRESSO_SOAK_DRINKS sets the drinks a day (150 by default; `make test-long`: 1,000).
#include "backups.h"
#include "counter.h"
#include "eventarchive.h"
#include "testshop.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTest>
#include <QTimeZone>
#include <random>

using namespace presso;
using namespace presso::test;

namespace {

const QTimeZone kBerlin(QByteArrayLiteral("Europe/Berlin"));
// Monday 22 March 2027, 00:00 in Berlin: summer time starts on Sunday the 28th.
const QDate kFirstDay(2027, 3, 22);
constexpr int kDays = 14;
constexpr int kRetentionDays = 7;

Millis at(const QDate &day, int hour, int minute = 0)
{
    return QDateTime(day, QTime(hour, minute), kBerlin).toMSecsSinceEpoch();
}

qint64 rssKiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

// The moments of a day's orders: 40 % in the morning rush, 30 % at lunch, the rest in
// the quiet hours, in order.
QList<Millis> momentsOf(const QDate &day, int drinks, std::mt19937 &random)
{
    QList<Millis> moments;
    auto spread = [&](int from, int to, int count) {
        std::uniform_int_distribution<Millis> in(at(day, from), at(day, to) - 1);
        for (int i = 0; i < count; ++i)
            moments.append(in(random));
    };
    const int morning = drinks * 4 / 10, lunch = drinks * 3 / 10;
    spread(8, 10, morning);
    spread(12, 14, lunch);
    const int quiet = drinks - morning - lunch;
    spread(10, 12, quiet / 3);
    spread(14, 18, quiet - quiet / 3);
    std::sort(moments.begin(), moments.end());
    return moments;
}

} // namespace

class TestSoak : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void twoWeeks();

private:
    void journey(TestShop &shop, std::mt19937 &random);
    void call(WsProbe &probe, const QString &op, const QJsonObject &args);
    void night(TestShop &shop, const QDate &day);
    void checkDay(TestShop &shop, const QDate &day, int submitted);
    int m_submittedToday = 0;
};

int main(int argc, char **argv)
{
    // The server's day is the local one: this process lives in Berlin.
    qputenv("TZ", "Europe/Berlin");
    QCoreApplication app(argc, argv);
    TestSoak test;
    return QTest::qExec(&test, argc, argv);
}

void TestSoak::initTestCase()
{
    QVERIFY2(kBerlin.isValid(), "the time zone database has no Europe/Berlin");
    QCOMPARE(QTimeZone::systemTimeZoneId(), QByteArrayLiteral("Europe/Berlin"));
    QLoggingCategory::setFilterRules(QStringLiteral("presso.*.info=false\npresso.*.debug=false"));
}

void TestSoak::call(WsProbe &probe, const QString &op, const QJsonObject &args)
{
    const Response r = probe.call(op, args);
    QVERIFY2(r.ok, qPrintable(op + ": " + r.error.message));
}

// One customer: most are served; some walk away before ordering, some cancel, and some
// drinks are never made (the barista's timeout).
void TestSoak::journey(TestShop &shop, std::mt19937 &random)
{
    const TestShop::Redeemed red = shop.redeem(*shop.kiosk);
    QVERIFY2(!red.orderId.isEmpty(), "a redeem was refused");
    const int fate = std::uniform_int_distribution<int>(0, 99)(random);
    if (fate < 3)
        return;
    const QJsonObject order{{QStringLiteral("orderId"), red.orderId}, {QStringLiteral("orderToken"), red.orderToken}};
    QJsonObject submit = order;
    submit.insert(QStringLiteral("drink"), QStringLiteral("Latte"));
    call(*shop.kiosk, QStringLiteral("order.submit"), submit);
    ++m_submittedToday;
    if (fate < 5)
        return call(*shop.kiosk, QStringLiteral("order.cancel"), order);
    const QJsonObject byId{{QStringLiteral("orderId"), red.orderId}};
    call(*shop.barista, QStringLiteral("order.claim"), byId);
    if (fate >= 7)
        call(*shop.barista, QStringLiteral("order.complete"), byId);
}

// 04:00: the nightly backup (a second connection, as the verb makes one) and retention.
void TestSoak::night(TestShop &shop, const QDate &day)
{
    shop.server.clock().setNow(at(day, 4));
    const QString dir = QDir(shop.server.dataDir()).filePath(QStringLiteral("backups"));
    {
        SqliteStorage store(shop.server.databasePath());
        QVERIFY(QFileInfo::exists(backups::writeDated(store, dir, shop.server.clock().now())));
    }
    backups::prune(dir, 7);
    EventArchive(shop.server.dataDir())
        .archiveBefore(shop.server.databasePath(), shop.server.clock().now() - kRetentionDays * 86'400'000LL);
}

void TestSoak::checkDay(TestShop &shop, const QDate &day, int submitted)
{
    SqliteStorage store(shop.server.databasePath());
    const QString key = day.toString(Qt::ISODate);
    QList<int> numbers;
    for (const OrderRecord &r : store.ordersOfDay(key)) {
        const Order &o = r.order;
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(o.createdAt, kBerlin).date(), day);
        if (o.number)
            numbers.append(*o.number);
        QVERIFY2(!isOpen(o.state), qPrintable(o.id.value + " is still open the next night"));
        // A deadline is never early, whatever the clock did in between.
        if (o.state == OrderState::TimedOut && o.reason == QLatin1String("customer_timeout"))
            QVERIFY(*o.finishedAt >= o.createdAt + 300'000);
        if (o.state == OrderState::TimedOut && o.reason == QLatin1String("barista_timeout"))
            QVERIFY(*o.finishedAt >= *o.submittedAt + 900'000);
    }
    std::sort(numbers.begin(), numbers.end());
    QCOMPARE(numbers.size(), submitted);
    for (int i = 0; i < numbers.size(); ++i)
        QCOMPARE(numbers.at(i), i + 1);
    // Retention: nothing older than the window stays in the live log.
    const QList<StoredEvent> oldest = store.eventsAfter(0, 1);
    if (!oldest.isEmpty())
        QVERIFY(oldest.first().event.time >= shop.server.clock().now() - kRetentionDays * 86'400'000LL - 3'600'000);
    const QrCode code = shop.server.services().validator.current();
    QCOMPARE(code.startsAt % (qint64(store.loadSettings()->codeIntervalSec) * 1000), 0);
}

void TestSoak::twoWeeks()
{
    const int drinks = qEnvironmentVariableIntValue("PRESSO_SOAK_DRINKS") > 0
                           ? qEnvironmentVariableIntValue("PRESSO_SOAK_DRINKS") : 150;
    std::mt19937 random(14);
    TestShop shop;
    shop.server.clock().setNow(at(kFirstDay, 6));
    call(*shop.admin, QStringLiteral("settings.set"), {{QStringLiteral("drinksPerCode"), 100}});
    QList<qint64> rss;
    int afterMidnight = 0; // orders of the day taken the night before
    for (int d = 0; d < kDays; ++d) {
        const QDate day = kFirstDay.addDays(d);
        m_submittedToday = std::exchange(afterMidnight, 0);
        shop.server.clock().setNow(at(day, 7));
        call(*shop.barista, QStringLiteral("shop.setOpen"), {{QStringLiteral("open"), true}});
        for (Millis moment : momentsOf(day, drinks, random)) {
            shop.server.clock().setNow(moment);
            journey(shop, random);
            if (QTest::currentTestFailed())
                return;
        }
        // Friday and the night into summer time run late.
        const bool late = day.dayOfWeek() >= 5 && d < 7;
        shop.server.clock().setNow(at(day, late ? 23 : 17, late ? 58 : 59));
        journey(shop, random);
        if (late) {
            const int before = m_submittedToday;
            // 00:02, and on the night of the change 03:02, which is 02:02 in winter time.
            shop.server.clock().setNow(at(day.addDays(1), day.dayOfWeek() == 6 ? 3 : 0, 2));
            journey(shop, random);
            afterMidnight = m_submittedToday - before;
            m_submittedToday = before;
        }
        call(*shop.barista, QStringLiteral("shop.setOpen"), {{QStringLiteral("open"), false}});
        night(shop, day.addDays(1));
        checkDay(shop, day, m_submittedToday);
        shop.clearEvents();
        rss.append(rssKiB());
        qInfo("day %2d %s: %d orders, RSS %lld KiB, store %lld KiB", d + 1, qPrintable(day.toString(Qt::ISODate)),
              m_submittedToday, rss.last(), QFileInfo(shop.server.databasePath()).size() / 1024);
    }
    qInfo("RSS day 14 against day 2: %.1f %%", 100.0 * double(rss.last() - rss.at(1)) / double(rss.at(1)));
}

#include "tst_soak.moc"

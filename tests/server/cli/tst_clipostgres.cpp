// presso-server on a PostgreSQL database, as a shop owner runs it: the command line
// makes the devices, two servers serve the one database, and a change made through one
// reaches the other's clients with the same seq. A real PostgreSQL 15 cluster.
#include "../http/httpsupport.h"
#include "cliprocess.h"
#include "pgcluster.h"
#include "wsprobe.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace presso;
using namespace presso::test;

class TestCliPostgres : public QObject
{
    Q_OBJECT

    PgCluster m_pg;

    static Output onDatabase(const QString &uri, const QStringList &args)
    {
        return runCli({}, QStringList{QStringLiteral("--database"), uri} + args);
    }

    static QString addDevice(const QString &uri, const QString &role, const QString &name)
    {
        const Output o = onDatabase(uri, {QStringLiteral("device"), QStringLiteral("add"), QStringLiteral("--role"), role,
                                          QStringLiteral("--name"), name});
        return o.code == 0 ? o.out.trimmed() : QString();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_pg.isRunning(), qPrintable(m_pg.error())); }

    void twoServersServeOneDatabase()
    {
        const QString uri = m_pg.createDatabase(QStringLiteral("shop"));
        const QString adminToken = addDevice(uri, QStringLiteral("admin"), QStringLiteral("owner"));
        const QString baristaToken = addDevice(uri, QStringLiteral("barista"), QStringLiteral("bar"));
        QVERIFY(!adminToken.isEmpty() && !baristaToken.isEmpty());
        QTemporaryDir dirA, dirB;
        ServerProcess a(dirA.path(), {QStringLiteral("--database"), uri});
        ServerProcess b(dirB.path(), {QStringLiteral("--database"), uri});
        QVERIFY2(a.url().isValid() && b.url().isValid(), a.process().readAllStandardError().constData());

        for (const QUrl &url : {a.url(), b.url()}) {
            const HttpReply health = get(url, "/healthz");
            QCOMPARE(health.status, 200);
            QCOMPARE(QJsonDocument::fromJson(health.body).object().value(QStringLiteral("storage")).toString(),
                     QStringLiteral("postgresql"));
        }

        WsProbe admin(a.url());
        WsProbe barista(b.url());
        QVERIFY(!admin.join(Role::Admin, adminToken).isEmpty());
        QVERIFY(!barista.join(Role::Barista, baristaToken).isEmpty());
        admin.clearEvents();
        barista.clearEvents();
        const Response set = admin.call(QStringLiteral("settings.set"), QJsonObject{{QStringLiteral("maxOrdersInQueue"), 7}});
        QVERIFY2(set.ok, qPrintable(set.error.message));
        const auto here = admin.waitForEvent(EventType::ConfigChanged);
        // Server b hears of the commit by looking for other writers (every second).
        const auto there = barista.waitForEvent(EventType::ConfigChanged, 10'000);
        QVERIFY(here && there);
        QCOMPARE(there->seq, here->seq);
        const Response config = barista.call(QStringLiteral("config.get"));
        QCOMPARE(config.result.value(QStringLiteral("shop")).toObject().value(QStringLiteral("maxOrdersInQueue")).toInt(), 7);

        const Output list = onDatabase(uri, {QStringLiteral("device"), QStringLiteral("list")});
        QCOMPARE(list.code, 0);
        QVERIFY(list.out.contains(QLatin1String("owner")) && list.out.contains(QLatin1String("bar")));
        const Output tail = onDatabase(uri, {QStringLiteral("events"), QStringLiteral("tail")});
        QCOMPARE(tail.code, 0);
        QVERIFY2(tail.out.contains(QLatin1String("ConfigService.ConfigChanged")), qPrintable(tail.out));
    }

    void fileVerbsPointToPgDump()
    {
        const QString uri = m_pg.createDatabase(QStringLiteral("other"));
        QTemporaryDir dir;
        for (const QStringList &verb : {QStringList{QStringLiteral("backup"), dir.filePath(QStringLiteral("b.db"))},
                                        QStringList{QStringLiteral("restore"), dir.filePath(QStringLiteral("b.db"))},
                                        QStringList{QStringLiteral("events"), QStringLiteral("archive")}}) {
            const Output o = onDatabase(uri, verb);
            QCOMPARE(o.code, 1);
            QVERIFY2(o.err.contains(QLatin1String("pg_dump")), qPrintable(o.err));
        }
        const Output bad = onDatabase(QStringLiteral("postgresql://127.0.0.1:1/none?connect_timeout=2"),
                                      {QStringLiteral("device"), QStringLiteral("list")});
        QCOMPARE(bad.code, 1);
        QVERIFY2(bad.err.contains(QLatin1String("cannot connect")), qPrintable(bad.err));
    }
};

QTEST_GUILESS_MAIN(TestCliPostgres)
#include "tst_clipostgres.moc"

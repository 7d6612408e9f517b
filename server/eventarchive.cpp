#include "eventarchive.h"

#include "serverlogging.h"
#include "sqliteconnection.h"
#include "sqlitestorage.h"

#include <QDir>

namespace presso {

namespace {
// Deleted in small transactions, so that a serving server never waits long for the store.
constexpr int kPruneBatch = 2000;

QList<StoredEvent> readAll(const QStringList &files, const QString &query, const QVariantHash &values)
{
    QList<StoredEvent> out;
    for (const QString &file : files) {
        SqliteConnection db(file, SqliteConnection::Mode::ReadOnly);
        QSqlQuery q = db.run(query, values);
        out += SqliteStorage::readEvents(q);
    }
    std::sort(out.begin(), out.end(), [](const StoredEvent &a, const StoredEvent &b) { return a.seq < b.seq; });
    return out;
}
} // namespace

EventArchive::EventArchive(const QString &dataDir)
    : m_dir(QDir(dataDir).filePath(QStringLiteral("archive")))
{
}

QString EventArchive::fileOf(const QString &month) const
{
    return QDir(m_dir).filePath(QStringLiteral("events-%1.db").arg(month));
}

QStringList EventArchive::files() const
{
    const QDir dir(m_dir);
    QStringList out;
    for (const QString &name : dir.entryList({QStringLiteral("events-*.db")}, QDir::Files, QDir::Name))
        out.append(dir.filePath(name));
    return out;
}

int EventArchive::archiveBefore(const QString &storePath, Millis before)
{
    QStringList months;
    {
        SqliteConnection live(storePath, SqliteConnection::Mode::ReadOnly);
        QSqlQuery q = live.run(QStringLiteral("archive_months"), {{QStringLiteral("before"), before}});
        while (q.next())
            months.append(q.value(0).toString());
    }
    if (months.isEmpty())
        return 0;
    if (!QDir().mkpath(m_dir))
        throw StorageError("cannot create the archive directory " + m_dir.toStdString());
    for (const QString &month : std::as_const(months)) {
        SqliteConnection archive(fileOf(month), SqliteConnection::Mode::ReadWrite);
        archive.run(QStringLiteral("archive_create"));
        archive.run(QStringLiteral("archive_create_index"));
        archive.run(QStringLiteral("archive_attach_live"), {{QStringLiteral("path"), storePath}});
        archive.run(QStringLiteral("archive_copy"), {{QStringLiteral("before"), before}, {QStringLiteral("month"), month}});
        archive.run(QStringLiteral("archive_detach_live"));
    }
    int moved = 0;
    SqliteConnection live(storePath, SqliteConnection::Mode::ReadWrite);
    for (;;) {
        live.begin();
        const int n = live.run(QStringLiteral("archive_prune"), {{QStringLiteral("before"), before},
                                                                  {QStringLiteral("limit"), kPruneBatch}})
                          .numRowsAffected();
        live.commit();
        moved += n;
        if (n < kPruneBatch)
            break;
    }
    qCInfo(lcStorage) << "archived" << moved << "events into" << months.size() << "monthly files";
    return moved;
}

QList<StoredEvent> EventArchive::eventsOfOrder(const QString &orderId) const
{
    return readAll(files(), QStringLiteral("events_of_order"), {{QStringLiteral("order_id"), orderId}});
}

QList<StoredEvent> EventArchive::eventsBetween(qint64 afterSeq, qint64 beforeSeq) const
{
    return readAll(files(), QStringLiteral("events_between"),
                   {{QStringLiteral("after"), afterSeq}, {QStringLiteral("before"), beforeSeq}});
}

} // namespace presso

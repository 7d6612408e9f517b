#include "cliops.h"

#include "backups.h"
#include "clitext.h"
#include "eventarchive.h"
#include "services.h"
#include "sqlitestorage.h"
#include "storelocation.h"

#include <QDir>
#include <QFileInfo>

namespace presso {

namespace {
constexpr int kDefaultArchiveDays = 30;
constexpr Millis kDay = 24 * 60 * 60 * 1000;

Millis now()
{
    return SystemClock().now();
}

// A positive whole number from an option, or nothing.
std::optional<int> positive(const QCommandLineParser &p, const QString &option)
{
    bool ok = false;
    const int n = p.value(option).toInt(&ok);
    return ok && n > 0 ? std::optional<int>(n) : std::nullopt;
}
} // namespace

QTextStream &cliOut()
{
    static QTextStream s(stdout);
    return s;
}

int cliFail(const QString &message)
{
    QTextStream(stderr) << "presso-server: " << message << Qt::endl;
    return 1;
}

int backupCommand(const QStringList &args, const QCommandLineParser &p, SqliteStorage &storage)
{
    if (args.size() != 2)
        return cliFail(QStringLiteral("usage: backup FILE | backup DIR [--keep N]"));
    const QString target = args.at(1);
    const bool keep = p.isSet(QStringLiteral("keep"));
    if (!keep && !QFileInfo(target).isDir()) {
        storage.backupTo(target);
        return 0;
    }
    const auto count = keep ? positive(p, QStringLiteral("keep")) : std::nullopt;
    if (keep && !count)
        return cliFail(QStringLiteral("--keep takes how many dated backups to keep, at least 1"));
    const QString written = backups::writeDated(storage, target, now());
    cliOut() << "backed up to " << written << Qt::endl;
    if (count) {
        for (const QString &removed : backups::prune(target, *count))
            cliOut() << "removed the old backup " << removed << Qt::endl;
    }
    return 0;
}

int restoreCommand(const QStringList &args, const QString &dataDir)
{
    if (args.size() != 2)
        return cliFail(QStringLiteral("usage: restore FILE"));
    if (!QDir().mkpath(dataDir))
        return cliFail(QStringLiteral("cannot create the data directory %1").arg(dataDir));
    StoreLock lock(dataDir);
    if (!lock.tryLock()) {
        return cliFail(QStringLiteral("a server (process %1) is serving the store in %2: stop it first "
                                      "(systemctl stop presso-server), then restore")
                           .arg(lock.holder())
                           .arg(dataDir));
    }
    const RestoreResult result = restoreStore(dataDir, args.at(1), now());
    if (!result.ok)
        return cliFail(result.error);
    cliOut() << "restored " << args.at(1) << " into " << dataDir << Qt::endl;
    if (!result.keptAside.isEmpty())
        cliOut() << "the previous store is kept as " << result.keptAside << Qt::endl;
    return 0;
}

int archiveCommand(const QCommandLineParser &p, const QString &dataDir)
{
    int days = kDefaultArchiveDays;
    if (p.isSet(QStringLiteral("older-than"))) {
        const auto n = positive(p, QStringLiteral("older-than"));
        if (!n)
            return cliFail(QStringLiteral("--older-than takes a number of days, at least 1"));
        days = *n;
    }
    const int moved = EventArchive(dataDir).archiveBefore(storeFileIn(dataDir), now() - days * kDay);
    cliOut() << "archived " << moved << " events older than " << days << " days" << Qt::endl;
    return 0;
}

QList<StoredEvent> orderHistory(EventsStore &storage, const QString &dataDir, const OrderId &id)
{
    if (dataDir.isEmpty()) // a PostgreSQL store without local files
        return storage.eventsOfOrder(id);
    QList<StoredEvent> events = EventArchive(dataDir).eventsOfOrder(id.value);
    const qint64 archivedUpTo = events.isEmpty() ? 0 : events.last().seq;
    for (const StoredEvent &e : storage.eventsOfOrder(id)) {
        if (e.seq > archivedUpTo) // a crash between copy and delete leaves both
            events.append(e);
    }
    return events;
}

QList<StoredEvent> archivedSince(EventsStore &storage, const QString &dataDir, qint64 afterSeq)
{
    const EventBounds b = storage.eventBounds();
    const qint64 firstLive = b.first > 0 ? b.first : b.last + 1;
    if (dataDir.isEmpty() || afterSeq + 1 >= firstLive)
        return {};
    return EventArchive(dataDir).eventsBetween(afterSeq, firstLive);
}

int shopCommand(const QStringList &args, const QCommandLineParser &p, Services &s)
{
    const QString verb = args.value(1);
    if (verb == QLatin1String("list") && args.size() == 2) {
        for (const ShopRecord &shop : s.storage.shops())
            cliOut() << shopLine(shop) << Qt::endl;
        return 0;
    }
    if (verb == QLatin1String("add") && args.size() == 3) {
        const QString id = args.at(2);
        const QString name = p.value(QStringLiteral("name")).trimmed();
        if (!isValidShopId(id))
            return cliFail(QStringLiteral("\"%1\" is not a shop id: use 1 to 32 characters of a-z, 0-9 and -").arg(id));
        if (name.isEmpty())
            return cliFail(QStringLiteral("shop add needs --name NAME"));
        // Its settings and menu are the defaults, stored in the same transaction.
        const bool added = s.transactor.run([&] {
            const bool fresh = s.storage.insertShop(ShopRecord{id, name, now()});
            if (fresh)
                s.loadShops();
            return fresh;
        });
        if (!added)
            return cliFail(QStringLiteral("there is already a shop \"%1\"").arg(id));
        cliOut() << "added the shop " << id << " (" << name << ")" << Qt::endl;
        return 0;
    }
    return cliFail(QStringLiteral("usage: shop add ID --name NAME | shop list"));
}

} // namespace presso

#include "sqlstorage.h"

#include "serverlogging.h"
#include "sqlvalues.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlRecord>
#include <QUuid>

namespace presso {

using namespace sqlvalues;

namespace {
QString readResource(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw StorageError("missing SQL resource " + path.toStdString());
    return QString::fromUtf8(f.readAll());
}
} // namespace

Storage::~Storage() = default;

SqlStorage::SqlStorage(const QString &dialect, const QString &driver)
    : m_dialect(dialect)
    , m_connection(QStringLiteral("presso-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_db = QSqlDatabase::addDatabase(driver, m_connection);
}

SqlStorage::~SqlStorage()
{
    m_queries.clear();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

void SqlStorage::fail(const QString &what, const QSqlError &error)
{
    throw StorageError(QStringLiteral("%1: %2").arg(what, error.text()).toStdString());
}

QString SqlStorage::sqlText(const QString &dialect, const QString &name)
{
    return readResource(QStringLiteral(":/sql/%1/%2.sql").arg(dialect, name));
}

QStringList SqlStorage::migrationFiles(const QString &dialect)
{
    const QString dir = QStringLiteral(":/sql/%1/migrations/").arg(dialect);
    QStringList files = QDir(dir).entryList(QDir::Files, QDir::Name);
    for (QString &f : files)
        f.prepend(dir);
    return files;
}

QStringList SqlStorage::statementsOf(const QString &script)
{
    // Comment lines go first, so that a ';' inside a comment does not split a statement.
    QStringList lines = script.split(QLatin1Char('\n'));
    lines.removeIf([](const QString &l) { return l.trimmed().startsWith(QLatin1String("--")); });
    QStringList out;
    for (const QString &statement : lines.join(QLatin1Char('\n')).split(QLatin1Char(';'))) {
        if (!statement.trimmed().isEmpty())
            out.append(statement.trimmed());
    }
    return out;
}

void SqlStorage::migrateFrom(int current)
{
    const QStringList files = migrationFiles(m_dialect);
    if (current > files.size())
        throw StorageError(QStringLiteral("the database has schema version %1, newer than this server's %2")
                               .arg(current).arg(files.size()).toStdString());
    for (int version = current + 1; version <= files.size(); ++version) {
        for (const QString &statement : statementsOf(readResource(files.at(version - 1))))
            exec(statement);
        run(QStringLiteral("meta_put"), {{QStringLiteral("key"), QStringLiteral("schema_version")},
                                         {QStringLiteral("value"), QString::number(version)}});
        qCInfo(lcStorage) << "migrating the database to schema version" << version;
    }
}

void SqlStorage::exec(const QString &sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql))
        fail(sql, q.lastError());
}

QSqlQuery &SqlStorage::prepared(const QString &name)
{
    auto it = m_queries.find(name);
    if (it == m_queries.end()) {
        QSqlQuery q(m_db);
        // Rows are read once, in order: no client-side cache of the result.
        q.setForwardOnly(true);
        if (!q.prepare(sqlText(m_dialect, name)))
            fail(QStringLiteral("prepare %1").arg(name), q.lastError());
        it = m_queries.insert(name, q);
    }
    return *it;
}

QSqlQuery &SqlStorage::run(const QString &name, const QVariantHash &values)
{
    QSqlQuery &q = prepared(name);
    for (auto it = values.constBegin(); it != values.constEnd(); ++it)
        q.bindValue(QLatin1Char(':') + it.key(), it.value());
    if (!q.exec())
        fail(name, q.lastError());
    return q;
}

QVariant SqlStorage::scalar(const QString &name, const QVariantHash &values)
{
    QSqlQuery &q = run(name, values);
    const QVariant v = q.next() ? q.value(0) : QVariant();
    q.finish();
    return v;
}

void SqlStorage::finishQueries()
{
    for (QSqlQuery &q : m_queries)
        q.finish();
}

void SqlStorage::begin()
{
    if (!m_db.transaction())
        fail(QStringLiteral("begin"), m_db.lastError());
    m_inTransaction = true;
}

void SqlStorage::commit()
{
    finishQueries();
    m_inTransaction = false;
    if (!m_db.commit()) {
        const QSqlError error = m_db.lastError();
        m_db.rollback();
        fail(QStringLiteral("commit"), error);
    }
}

void SqlStorage::rollback()
{
    finishQueries();
    m_inTransaction = false;
    m_db.rollback();
}

void SqlStorage::savepoint()
{
    exec(QStringLiteral("SAVEPOINT command"));
}

void SqlStorage::releaseSavepoint()
{
    exec(QStringLiteral("RELEASE SAVEPOINT command"));
}

void SqlStorage::rollbackToSavepoint()
{
    finishQueries();
    QSqlQuery q(m_db);
    // ROLLBACK TO keeps the savepoint open; RELEASE closes it.
    if (q.exec(QStringLiteral("ROLLBACK TO SAVEPOINT command")))
        q.exec(QStringLiteral("RELEASE SAVEPOINT command"));
}

ShopPorts &SqlStorage::shop(const QString &id)
{
    auto &store = m_shops[id];
    if (!store)
        store = std::make_unique<SqlShopStore>(*this, id);
    return *store;
}

QList<ShopRecord> SqlStorage::shops()
{
    QSqlQuery &q = run(QStringLiteral("shops_all"), {});
    QList<ShopRecord> out;
    while (q.next())
        out.append(ShopRecord{q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong()});
    q.finish();
    return out;
}

bool SqlStorage::insertShop(const ShopRecord &shop)
{
    return run(QStringLiteral("shop_insert"), {{QStringLiteral("id"), shop.id},
                                               {QStringLiteral("name"), shop.name},
                                               {QStringLiteral("created_at"), shop.createdAt}})
               .numRowsAffected() == 1;
}

std::optional<QString> SqlStorage::shopOfCode(const QString &code)
{
    const QVariant shop = scalar(QStringLiteral("code_shop"), {{QStringLiteral("code"), code}});
    return shop.isValid() ? std::optional<QString>(shop.toString()) : std::nullopt;
}

qint64 SqlStorage::appendEvent(const StoredEvent &e)
{
    QSqlQuery &q = run(QStringLiteral("event_insert"),
                       {{QStringLiteral("id"), e.event.id},
                        {QStringLiteral("shop"), e.shop},
                        {QStringLiteral("type"), eventTypeName(e.event.type)},
                        {QStringLiteral("time"), e.event.time},
                        {QStringLiteral("order_id"), text(e.orderId)},
                        {QStringLiteral("owner"), text(e.owner)},
                        {QStringLiteral("customers"), text(e.customers.join(QLatin1Char(' ')))},
                        {QStringLiteral("detail"), QString::fromUtf8(detailText(e))}});
    // A dialect that assigns the seq itself returns it; SQLite's AUTOINCREMENT gives it
    // as the last insert id.
    const qint64 seq = q.next() ? q.value(0).toLongLong() : q.lastInsertId().toLongLong();
    q.finish();
    return seq;
}

QList<StoredEvent> SqlStorage::readEvents(QSqlQuery &q)
{
    QList<StoredEvent> out;
    // The shop, where the query reads it: an order's history and the archive (whose
    // files older servers made) leave it out, and read as the main shop's.
    const bool hasShop = q.record().count() > 8;
    while (q.next()) {
        StoredEvent e;
        e.seq = q.value(0).toLongLong();
        e.event.id = q.value(1).toString();
        e.event.type = eventTypeFromName(q.value(2).toString()).value_or(EventType::ConfigChanged);
        e.event.time = q.value(3).toLongLong();
        e.orderId = q.value(4).toString();
        e.owner = q.value(5).toString();
        // Stored compact, as it is sent: kept, so that publishing it serialises nothing again.
        const QByteArray detail = q.value(6).toByteArray();
        const QJsonDocument parsed = QJsonDocument::fromJson(detail);
        e.event.detail = parsed.object();
        if (parsed.isObject())
            e.detailJson = detail;
        e.customers = q.value(7).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        e.shop = hasShop ? q.value(8).toString() : mainShopId();
        out.append(e);
    }
    q.finish();
    return out;
}

QList<StoredEvent> SqlStorage::eventsAfter(qint64 seq, int limit)
{
    return readEvents(run(QStringLiteral("events_after"), {{QStringLiteral("seq"), seq}, {QStringLiteral("limit"), limit}}));
}

QList<StoredEvent> SqlStorage::eventsOfOrder(const OrderId &id)
{
    return readEvents(run(QStringLiteral("events_of_order"), {{QStringLiteral("order_id"), id.value}}));
}

EventBounds SqlStorage::eventBounds()
{
    // (lowest seq in the log, highest in the log, highest ever given): the log may have
    // been archived or pruned below the newest seq.
    QSqlQuery &q = run(QStringLiteral("events_bounds"), {});
    EventBounds b;
    if (q.next()) {
        b.first = q.value(0).toLongLong();
        b.last = std::max(q.value(1).toLongLong(), q.value(2).toLongLong());
    }
    q.finish();
    return b;
}

} // namespace presso

#include "sqlitestorage.h"

#include "serverlogging.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlRecord>
#include <QUuid>

#include <sys/stat.h>

namespace presso {

namespace {
QString readResource(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw StorageError("missing SQL resource " + path.toStdString());
    return QString::fromUtf8(f.readAll());
}

QVariant opt(const std::optional<Millis> &v)
{
    return v ? QVariant(*v) : QVariant();
}

std::optional<Millis> optMillis(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<Millis>(v.toLongLong());
}

[[noreturn]] void fail(const QString &what, const QSqlError &error)
{
    throw StorageError(QStringLiteral("%1: %2").arg(what, error.text()).toStdString());
}

// A null QString binds as SQL NULL; the text columns are NOT NULL with '' for "none".
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

// (device, inode) of the file at path, or (0, 0) when there is none.
std::pair<quint64, quint64> fileIdentity(const QString &path)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return {0, 0};
    return {quint64(st.st_dev), quint64(st.st_ino)};
}

QByteArray compactJson(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}
} // namespace

Storage::~Storage() = default;

SqliteStorage::SqliteStorage(const QString &path, Check check)
    : m_connection(QStringLiteral("presso-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open())
        fail(QStringLiteral("cannot open database %1").arg(path), m_db.lastError());
    // A full quick_check reads the whole file (about half a second per 500 MB), so a
    // server that was stopped cleanly skips it; after a crash it always runs.
    if (check == Check::Always || metaValue(QStringLiteral("serving")) != QLatin1String("0"))
        checkIntegrity();
    exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    // FULL: every commit is on disk before the client hears "ok". NORMAL in WAL mode
    // would survive a crash of the process but could lose the last commits on power
    // loss, and a barista's acknowledged order must survive pulling the plug.
    exec(QStringLiteral("PRAGMA synchronous = FULL"));
    exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    migrate();
    m_file = fileIdentity(path);
}

SqliteStorage::~SqliteStorage()
{
    m_queries.clear();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

void SqliteStorage::exec(const QString &sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql))
        fail(sql, q.lastError());
}

void SqliteStorage::checkIntegrity()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA quick_check")))
        fail(QStringLiteral("the database file is damaged or not a database"), q.lastError());
    if (q.next() && q.value(0).toString() != QLatin1String("ok"))
        throw StorageError("the database file is damaged: " + q.value(0).toString().toStdString());
}

QString SqliteStorage::metaValue(const QString &key)
{
    // Not a cached statement: before the first migration there is no meta table to
    // prepare against, and that reads as no value.
    QSqlQuery q(m_db);
    q.prepare(sqlText(QStringLiteral("meta_get")));
    q.bindValue(QStringLiteral(":key"), key);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toString();
}

void SqliteStorage::setServing(bool serving)
{
    run(QStringLiteral("meta_put"), {{QStringLiteral("key"), QStringLiteral("serving")},
                                     {QStringLiteral("value"), serving ? QStringLiteral("1") : QStringLiteral("0")}});
}

QString SqliteStorage::sqlText(const QString &name)
{
    return readResource(QStringLiteral(":/sql/sqlite/%1.sql").arg(name));
}

int SqliteStorage::latestSchemaVersion()
{
    return QDir(QStringLiteral(":/sql/sqlite/migrations")).entryList(QDir::Files).size();
}

int SqliteStorage::schemaVersion()
{
    return metaValue(QStringLiteral("schema_version")).toInt();
}

void SqliteStorage::migrate()
{
    const QStringList files = QDir(QStringLiteral(":/sql/sqlite/migrations")).entryList(QDir::Files, QDir::Name);
    const int current = schemaVersion();
    if (current > files.size())
        throw StorageError(QStringLiteral("the database has schema version %1, newer than this server's %2")
                               .arg(current).arg(files.size()).toStdString());
    for (int version = current + 1; version <= files.size(); ++version) {
        const QString sql = readResource(QStringLiteral(":/sql/sqlite/migrations/") + files.at(version - 1));
        begin();
        try {
            // Comment lines go first, so that a ';' inside a comment does not split a statement.
            QStringList lines = sql.split(QLatin1Char('\n'));
            lines.removeIf([](const QString &l) { return l.trimmed().startsWith(QLatin1String("--")); });
            for (const QString &statement : lines.join(QLatin1Char('\n')).split(QLatin1Char(';'))) {
                if (!statement.trimmed().isEmpty())
                    exec(statement.trimmed());
            }
            run(QStringLiteral("meta_put"), {{QStringLiteral("key"), QStringLiteral("schema_version")},
                                             {QStringLiteral("value"), QString::number(version)}});
            commit();
        } catch (...) {
            rollback();
            throw;
        }
        qCInfo(lcStorage) << "migrated the database to schema version" << version;
    }
}

void SqliteStorage::backupTo(const QString &path)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("VACUUM INTO :path"));
    q.bindValue(QStringLiteral(":path"), path);
    if (!q.exec())
        fail(QStringLiteral("backup to %1").arg(path), q.lastError());
}

QSqlQuery &SqliteStorage::prepared(const QString &name)
{
    auto it = m_queries.find(name);
    if (it == m_queries.end()) {
        QSqlQuery q(m_db);
        // Rows are read once, in order: no client-side cache of the result.
        q.setForwardOnly(true);
        if (!q.prepare(sqlText(name)))
            fail(QStringLiteral("prepare %1").arg(name), q.lastError());
        it = m_queries.insert(name, q);
    }
    return *it;
}

QSqlQuery &SqliteStorage::run(const QString &name, const QVariantHash &values)
{
    QSqlQuery &q = prepared(name);
    for (auto it = values.constBegin(); it != values.constEnd(); ++it)
        q.bindValue(QLatin1Char(':') + it.key(), it.value());
    if (!q.exec())
        fail(name, q.lastError());
    return q;
}

void SqliteStorage::begin()
{
    if (!m_db.transaction())
        fail(QStringLiteral("begin"), m_db.lastError());
    m_inTransaction = true;
}

void SqliteStorage::commit()
{
    for (QSqlQuery &q : m_queries)
        q.finish();
    m_inTransaction = false;
    if (!m_db.commit()) {
        const QSqlError error = m_db.lastError();
        m_db.rollback();
        fail(QStringLiteral("commit"), error);
    }
}

void SqliteStorage::rollback()
{
    for (QSqlQuery &q : m_queries)
        q.finish();
    m_inTransaction = false;
    m_db.rollback();
}

void SqliteStorage::savepoint()
{
    exec(QStringLiteral("SAVEPOINT command"));
}

void SqliteStorage::releaseSavepoint()
{
    exec(QStringLiteral("RELEASE command"));
}

void SqliteStorage::rollbackToSavepoint()
{
    for (QSqlQuery &q : m_queries)
        q.finish();
    QSqlQuery q(m_db);
    // ROLLBACK TO keeps the savepoint open; RELEASE closes it.
    if (q.exec(QStringLiteral("ROLLBACK TO command")))
        q.exec(QStringLiteral("RELEASE command"));
}

bool SqliteStorage::reachable()
{
    // SQLite keeps working on a file deleted or replaced under it, and everything
    // committed from then on would be lost: that is not a store that serves.
    // (An in-memory database has no file to check.)
    if (m_file.second != 0 && fileIdentity(m_db.databaseName()) != m_file)
        return false;
    if (m_inTransaction)
        return true; // in the middle of a command, which would have thrown if not
    try {
        QSqlQuery &q = prepared(QStringLiteral("storage_probe"));
        const bool ok = q.exec() && q.next();
        q.finish(); // a read left open would pin a WAL snapshot
        return ok;
    } catch (const StorageError &) {
        return false;
    }
}

bool SqliteStorage::changedExternally()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next())
        return false;
    const qint64 version = q.value(0).toLongLong();
    const bool changed = m_dataVersion >= 0 && version != m_dataVersion;
    m_dataVersion = version;
    return changed;
}

std::optional<ShopSettings> SqliteStorage::loadSettings()
{
    QSqlQuery &q = run(QStringLiteral("settings_get"), {});
    if (!q.next())
        return std::nullopt;
    const auto shop = ShopSettings::fromJson(QJsonDocument::fromJson(q.value(0).toByteArray()).object());
    q.finish();
    if (!shop)
        throw StorageError("stored settings are invalid: " + shop.error().message.toStdString());
    return *shop;
}

void SqliteStorage::saveSettings(const ShopSettings &shop)
{
    run(QStringLiteral("settings_put"), {{QStringLiteral("shop"), compactJson(shop.toJson())}});
}

std::optional<Menu> SqliteStorage::loadMenu()
{
    QSqlQuery &q = run(QStringLiteral("menu_get"), {});
    if (!q.next())
        return std::nullopt;
    const auto menu = Menu::fromJson(QJsonDocument::fromJson(q.value(0).toByteArray()).array());
    q.finish();
    if (!menu)
        throw StorageError("stored menu is invalid: " + menu.error().message.toStdString());
    return *menu;
}

void SqliteStorage::saveMenu(const Menu &menu)
{
    run(QStringLiteral("menu_put"),
        {{QStringLiteral("menu"), QJsonDocument(menu.toJson()).toJson(QJsonDocument::Compact)}});
}

std::optional<QrCode> SqliteStorage::code(qint64 bucket)
{
    QSqlQuery &q = run(QStringLiteral("code_by_bucket"), {{QStringLiteral("bucket"), bucket}});
    if (!q.next())
        return std::nullopt;
    const QSqlRecord r = q.record();
    QrCode c;
    c.bucket = q.value(r.indexOf(QStringLiteral("bucket"))).toLongLong();
    c.code = q.value(r.indexOf(QStringLiteral("code"))).toString();
    c.url = q.value(r.indexOf(QStringLiteral("url"))).toString();
    c.startsAt = q.value(r.indexOf(QStringLiteral("starts_at"))).toLongLong();
    c.endsAt = q.value(r.indexOf(QStringLiteral("ends_at"))).toLongLong();
    c.tokensTotal = q.value(r.indexOf(QStringLiteral("tokens_total"))).toInt();
    c.tokensLeft = q.value(r.indexOf(QStringLiteral("tokens_left"))).toInt();
    q.finish();
    return c;
}

void SqliteStorage::insertCode(const QrCode &c)
{
    run(QStringLiteral("code_insert"),
        {{QStringLiteral("bucket"), c.bucket}, {QStringLiteral("code"), c.code},
         {QStringLiteral("url"), c.url}, {QStringLiteral("starts_at"), c.startsAt},
         {QStringLiteral("ends_at"), c.endsAt}, {QStringLiteral("tokens_total"), c.tokensTotal},
         {QStringLiteral("tokens_left"), c.tokensLeft}});
}

bool SqliteStorage::takeToken(qint64 bucket)
{
    return run(QStringLiteral("code_take_token"), {{QStringLiteral("bucket"), bucket}}).numRowsAffected() == 1;
}

void SqliteStorage::setCodeTokens(qint64 bucket, int total)
{
    run(QStringLiteral("code_set_tokens"), {{QStringLiteral("bucket"), bucket}, {QStringLiteral("tokens_total"), total}});
}

void SqliteStorage::setCodeUrl(qint64 bucket, const QString &url)
{
    run(QStringLiteral("code_set_url"), {{QStringLiteral("bucket"), bucket}, {QStringLiteral("url"), url}});
}

int SqliteStorage::nextNumber(const QString &day)
{
    QSqlQuery &q = run(QStringLiteral("counter_next"), {{QStringLiteral("day"), day}});
    if (!q.next())
        throw StorageError("counter_next returned no row");
    const int n = q.value(0).toInt();
    q.finish();
    return n;
}

QVariantHash SqliteStorage::orderValues(const OrderRecord &r) const
{
    const Order &o = r.order;
    return {
        {QStringLiteral("id"), o.id.value},
        {QStringLiteral("token_hash"), text(r.tokenHash)},
        {QStringLiteral("kiosk"), text(r.kiosk)},
        {QStringLiteral("bucket"), r.bucket ? QVariant(*r.bucket) : QVariant()},
        {QStringLiteral("day"), r.day.isEmpty() ? QVariant() : QVariant(r.day)},
        {QStringLiteral("number"), o.number ? QVariant(*o.number) : QVariant()},
        {QStringLiteral("state"), orderStateName(o.state)},
        {QStringLiteral("customer_name"), text(o.customerName)},
        {QStringLiteral("drink"), text(o.drink)},
        {QStringLiteral("modifiers"), QJsonDocument(QJsonArray::fromStringList(o.modifiers)).toJson(QJsonDocument::Compact)},
        {QStringLiteral("icon"), text(o.icon)},
        {QStringLiteral("created_at"), o.createdAt},
        {QStringLiteral("submitted_at"), opt(o.submittedAt)},
        {QStringLiteral("claimed_at"), opt(o.claimedAt)},
        {QStringLiteral("completed_at"), opt(o.completedAt)},
        {QStringLiteral("finished_at"), opt(o.finishedAt)},
        {QStringLiteral("barista_id"), text(o.baristaId)},
        {QStringLiteral("reason"), text(o.reason)},
        {QStringLiteral("deadline"), opt(o.deadline)},
    };
}

void SqliteStorage::insertOrder(const OrderRecord &order)
{
    run(QStringLiteral("order_insert"), orderValues(order));
}

void SqliteStorage::updateOrder(const OrderRecord &order)
{
    QVariantHash values = orderValues(order);
    values.remove(QStringLiteral("token_hash"));
    values.remove(QStringLiteral("kiosk"));
    values.remove(QStringLiteral("bucket"));
    values.remove(QStringLiteral("created_at"));
    if (run(QStringLiteral("order_update"), values).numRowsAffected() != 1)
        throw StorageError("update of a missing order " + order.order.id.value.toStdString());
}

QList<OrderRecord> SqliteStorage::readOrders(QSqlQuery &q)
{
    QList<OrderRecord> out;
    const QSqlRecord rec = q.record();
    // Column positions once per query, not per row and column.
    enum Col { Id, TokenHash, Kiosk, Bucket, Day, Number, State, Customer, Drink, Modifiers, Icon,
               Created, Submitted, Claimed, Completed, Finished, Barista, Reason, Deadline, Count };
    static constexpr const char *names[Count] = {
        "id", "token_hash", "kiosk", "bucket", "day", "number", "state", "customer_name", "drink",
        "modifiers", "icon", "created_at", "submitted_at", "claimed_at", "completed_at", "finished_at",
        "barista_id", "reason", "deadline"};
    int index[Count];
    for (int c = 0; c < Count; ++c)
        index[c] = rec.indexOf(QLatin1String(names[c]));
    auto col = [&](Col c) { return q.value(index[c]); };
    while (q.next()) {
        OrderRecord r;
        Order &o = r.order;
        o.id.value = col(Id).toString();
        r.tokenHash = col(TokenHash).toString();
        r.kiosk = col(Kiosk).toString();
        const QVariant bucket = col(Bucket);
        r.bucket = bucket.isNull() ? std::nullopt : std::optional<qint64>(bucket.toLongLong());
        r.day = col(Day).toString();
        const QVariant number = col(Number);
        o.number = number.isNull() ? std::nullopt : std::optional<int>(number.toInt());
        o.state = orderStateFromName(col(State).toString()).value_or(OrderState::Cancelled);
        o.customerName = col(Customer).toString();
        o.drink = col(Drink).toString();
        for (const QJsonValue &m : QJsonDocument::fromJson(col(Modifiers).toByteArray()).array())
            o.modifiers.append(m.toString());
        o.icon = col(Icon).toString();
        o.createdAt = col(Created).toLongLong();
        o.submittedAt = optMillis(col(Submitted));
        o.claimedAt = optMillis(col(Claimed));
        o.completedAt = optMillis(col(Completed));
        o.finishedAt = optMillis(col(Finished));
        o.baristaId = col(Barista).toString();
        o.reason = col(Reason).toString();
        o.deadline = optMillis(col(Deadline));
        out.append(r);
    }
    q.finish();
    return out;
}

std::optional<OrderRecord> SqliteStorage::order(const OrderId &id)
{
    const auto rows = readOrders(run(QStringLiteral("order_by_id"), {{QStringLiteral("id"), id.value}}));
    return rows.isEmpty() ? std::nullopt : std::optional<OrderRecord>(rows.first());
}

std::optional<OrderRecord> SqliteStorage::orderByNumber(const QString &day, int number)
{
    const auto rows = readOrders(run(QStringLiteral("order_by_number"),
                                     {{QStringLiteral("day"), day}, {QStringLiteral("number"), number}}));
    return rows.isEmpty() ? std::nullopt : std::optional<OrderRecord>(rows.first());
}

QList<OrderRecord> SqliteStorage::openOrders()
{
    return readOrders(run(QStringLiteral("orders_open"), {}));
}

QList<OrderRecord> SqliteStorage::currentOrders(Millis since)
{
    return readOrders(run(QStringLiteral("orders_current"), {{QStringLiteral("since"), since}}));
}

QList<OrderRecord> SqliteStorage::ordersInStates(const QStringList &states, int limit)
{
    const QByteArray json = QJsonDocument(QJsonArray::fromStringList(states)).toJson(QJsonDocument::Compact);
    return readOrders(run(QStringLiteral("orders_in_states"),
                          {{QStringLiteral("states"), QString::fromUtf8(json)}, {QStringLiteral("limit"), limit}}));
}

QList<OrderRecord> SqliteStorage::ordersOfDay(const QString &day)
{
    return readOrders(run(QStringLiteral("orders_of_day"), {{QStringLiteral("day"), day}}));
}

int SqliteStorage::countOpenOrders()
{
    QSqlQuery &q = run(QStringLiteral("orders_count_open"), {});
    const int n = q.next() ? q.value(0).toInt() : 0;
    q.finish();
    return n;
}

std::optional<Millis> SqliteStorage::nextDeadline()
{
    QSqlQuery &q = run(QStringLiteral("orders_next_deadline"), {});
    const auto d = q.next() ? optMillis(q.value(0)) : std::nullopt;
    q.finish();
    return d;
}

QList<OrderRecord> SqliteStorage::dueOrders(Millis now)
{
    return readOrders(run(QStringLiteral("orders_due"), {{QStringLiteral("now"), now}}));
}

qint64 SqliteStorage::appendEvent(const StoredEvent &e)
{
    QSqlQuery &q = run(QStringLiteral("event_insert"),
                       {{QStringLiteral("id"), e.event.id},
                        {QStringLiteral("type"), eventTypeName(e.event.type)},
                        {QStringLiteral("time"), e.event.time},
                        {QStringLiteral("order_id"), text(e.orderId)},
                        {QStringLiteral("owner"), text(e.owner)},
                        {QStringLiteral("customers"), text(e.customers.join(QLatin1Char(' ')))},
                        {QStringLiteral("detail"), compactJson(e.event.detail)}});
    return q.lastInsertId().toLongLong();
}

QList<StoredEvent> SqliteStorage::readEvents(QSqlQuery &q)
{
    QList<StoredEvent> out;
    while (q.next()) {
        StoredEvent e;
        e.seq = q.value(0).toLongLong();
        e.event.id = q.value(1).toString();
        e.event.type = eventTypeFromName(q.value(2).toString()).value_or(EventType::ConfigChanged);
        e.event.time = q.value(3).toLongLong();
        e.orderId = q.value(4).toString();
        e.owner = q.value(5).toString();
        e.event.detail = QJsonDocument::fromJson(q.value(6).toByteArray()).object();
        e.customers = q.value(7).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        out.append(e);
    }
    q.finish();
    return out;
}

QList<StoredEvent> SqliteStorage::eventsAfter(qint64 seq, int limit)
{
    return readEvents(run(QStringLiteral("events_after"), {{QStringLiteral("seq"), seq}, {QStringLiteral("limit"), limit}}));
}

QList<StoredEvent> SqliteStorage::eventsOfOrder(const OrderId &id)
{
    return readEvents(run(QStringLiteral("events_of_order"), {{QStringLiteral("order_id"), id.value}}));
}

EventBounds SqliteStorage::eventBounds()
{
    QSqlQuery &q = run(QStringLiteral("events_bounds"), {});
    EventBounds b;
    if (q.next()) {
        b.first = q.value(0).toLongLong();
        b.last = std::max(q.value(1).toLongLong(), q.value(2).toLongLong());
    }
    q.finish();
    return b;
}

void SqliteStorage::insertDevice(const DeviceRecord &d)
{
    run(QStringLiteral("device_insert"),
        {{QStringLiteral("name"), d.name}, {QStringLiteral("role"), roleName(d.role)},
         {QStringLiteral("token_hash"), d.tokenHash}, {QStringLiteral("created_at"), d.createdAt}});
}

QList<DeviceRecord> SqliteStorage::readDevices(QSqlQuery &q)
{
    QList<DeviceRecord> out;
    while (q.next()) {
        DeviceRecord d;
        d.name = q.value(0).toString();
        d.role = roleFromName(q.value(1).toString()).value_or(Role::Display);
        d.tokenHash = q.value(2).toString();
        d.createdAt = q.value(3).toLongLong();
        d.lastSeenAt = optMillis(q.value(4));
        out.append(d);
    }
    q.finish();
    return out;
}

std::optional<DeviceRecord> SqliteStorage::deviceByTokenHash(const QString &hash)
{
    const auto rows = readDevices(run(QStringLiteral("device_by_token"), {{QStringLiteral("token_hash"), hash}}));
    return rows.isEmpty() ? std::nullopt : std::optional<DeviceRecord>(rows.first());
}

QList<DeviceRecord> SqliteStorage::devices()
{
    return readDevices(run(QStringLiteral("devices_all"), {}));
}

bool SqliteStorage::deleteDevice(const QString &name)
{
    return run(QStringLiteral("device_delete"), {{QStringLiteral("name"), name}}).numRowsAffected() > 0;
}

void SqliteStorage::touchDevice(const QString &name, Millis now)
{
    run(QStringLiteral("device_touch"), {{QStringLiteral("name"), name}, {QStringLiteral("now"), now}});
}

std::optional<QByteArray> SqliteStorage::storedResponse(const QString &device, const QString &requestId,
                                                        Millis since)
{
    QSqlQuery &q = run(QStringLiteral("response_get"), {{QStringLiteral("device"), device},
                                                        {QStringLiteral("request_id"), requestId},
                                                        {QStringLiteral("since"), since}});
    std::optional<QByteArray> out;
    if (q.next())
        out = q.value(0).toByteArray();
    q.finish();
    return out;
}

void SqliteStorage::storeResponse(const QString &device, const QString &requestId, Millis now,
                                  const QByteArray &response)
{
    run(QStringLiteral("response_put"), {{QStringLiteral("device"), device},
                                         {QStringLiteral("request_id"), requestId},
                                         {QStringLiteral("created_at"), now},
                                         {QStringLiteral("response"), response}});
}

void SqliteStorage::pruneResponses(Millis before)
{
    run(QStringLiteral("responses_prune"), {{QStringLiteral("before"), before}});
}

} // namespace presso

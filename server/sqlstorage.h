#pragma once

#include "storage.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <map>
#include <memory>

namespace presso {

// What every Qt Sql backend shares (Quassel's AbstractSqlStorage): the SQL text read from
// the resource files of one dialect (:/sql/<dialect>/<name>.sql, one query a file), the
// prepared statements, transactions with a savepoint, and every Storage method that only
// binds values and reads rows. Where the dialects differ, the SQL files differ, not the
// C++. SqliteStorage and PgStorage add opening, migration and what is their own.
class SqlStorage : public Storage
{
public:
    ~SqlStorage() override;

    // The text of the query in :/sql/<dialect>/<name>.sql.
    static QString sqlText(const QString &dialect, const QString &name);
    // The migration files of a dialect, in order: the newest schema version is their count.
    static QStringList migrationFiles(const QString &dialect);
    // The statements of a migration file: comment lines dropped, split at ';'.
    static QStringList statementsOf(const QString &script);
    // Reads rows of (seq, id, type, time, order_id, owner, detail, customers), the events
    // table's columns; also the event archive's.
    static QList<StoredEvent> readEvents(QSqlQuery &query);

    // The public URL of the server that serves this store (protocol.md's publicUrl), so
    // that `device pair` on the command line prints the address devices reach.
    void setServedAt(const QString &publicUrl);
    QString servedAt();

    void begin() override;
    void commit() override;
    void rollback() override;
    bool inTransaction() const override { return m_inTransaction; }
    void savepoint() override;
    void releaseSavepoint() override;
    void rollbackToSavepoint() override;

    ShopPorts &shop(const QString &id) override;
    QList<ShopRecord> shops() override;
    bool insertShop(const ShopRecord &shop) override;
    std::optional<QString> shopOfCode(const QString &code) override;

    // The main shop's ports, for the callers that know one shop only.
    std::optional<ShopSettings> loadSettings() override { return main().loadSettings(); }
    void saveSettings(const ShopSettings &s) override { main().saveSettings(s); }
    std::optional<Menu> loadMenu() override { return main().loadMenu(); }
    void saveMenu(const Menu &menu) override { main().saveMenu(menu); }
    std::optional<QrCode> code(qint64 bucket) override { return main().code(bucket); }
    bool insertCode(const QrCode &code) override { return main().insertCode(code); }
    bool takeToken(qint64 bucket) override { return main().takeToken(bucket); }
    void setCodeTokens(qint64 bucket, int total) override { main().setCodeTokens(bucket, total); }
    void setCodeUrl(qint64 bucket, const QString &url) override { main().setCodeUrl(bucket, url); }
    int nextNumber(const QString &day) override { return main().nextNumber(day); }
    void insertOrder(const OrderRecord &order) override { main().insertOrder(order); }
    void updateOrder(const OrderRecord &order) override { main().updateOrder(order); }
    std::optional<OrderRecord> order(const OrderId &id) override { return main().order(id); }
    std::optional<OrderRecord> orderByNumber(const QString &day, int number) override
    {
        return main().orderByNumber(day, number);
    }
    QList<OrderRecord> openOrders() override { return main().openOrders(); }
    QList<OrderRecord> currentOrders(Millis since) override { return main().currentOrders(since); }
    QList<OrderRecord> ordersInStates(const QStringList &states, int limit) override
    {
        return main().ordersInStates(states, limit);
    }
    QList<OrderRecord> ordersOfDay(const QString &day) override { return main().ordersOfDay(day); }
    int countOpenOrders() override { return main().countOpenOrders(); }
    std::optional<Millis> nextDeadline() override { return main().nextDeadline(); }
    QList<OrderRecord> dueOrders(Millis now) override { return main().dueOrders(now); }

    qint64 appendEvent(const StoredEvent &event) override;
    QList<StoredEvent> eventsAfter(qint64 seq, int limit) override;
    QList<StoredEvent> eventsOfOrder(const OrderId &id) override;
    EventBounds eventBounds() override;

    void insertDevice(const DeviceRecord &device) override;
    std::optional<DeviceRecord> deviceByTokenHash(const QString &hash) override;
    QList<DeviceRecord> devices() override;
    bool deleteDevice(const QString &name) override;
    void touchDevice(const QString &name, Millis now) override;

    // In sqlpairings.cpp.
    void insertPairing(const PairingRecord &pairing) override;
    std::optional<PairingRecord> openPairing(const QString &codeHash, Millis now) override;
    void deletePairing(const QString &codeHash) override;
    void countPairingFailure(Millis now) override;
    void prunePairings(Millis now, int maxFailures) override;
    // In sqlcustomers.cpp.
    void insertCustomer(const CustomerRecord &customer) override;
    std::optional<CustomerRecord> customerByTokenHash(const QString &hash, Millis since) override;
    void touchCustomer(const QString &id, Millis now) override;
    void pruneCustomers(Millis before) override;
    void linkCustomerOrder(const CustomerLink &link) override;
    QStringList customersOfOrder(const QString &orderId) override;
    QList<CustomerLink> customerLinks(const QString &customerId, Millis since) override;
    int countOpenCustomerOrders(const QString &customerId) override;

    std::optional<QByteArray> storedResponse(const QString &device, const QString &requestId,
                                             Millis since) override;
    void storeResponse(const QString &device, const QString &requestId, Millis now,
                       const QByteArray &response) override;
    void pruneResponses(Millis before) override;

    // In sqldevices.cpp, as the devices' and responses'.
    void setPresence(const QString &server, const QStringList &shops, Millis now) override;
    QStringList shopsWithBaristaElsewhere(const QString &server, Millis since) override;
    void prunePresence(Millis before) override;

protected:
    // dialect: the folder of the SQL files; driver: the Qt Sql driver ("QSQLITE", "QPSQL").
    SqlStorage(const QString &dialect, const QString &driver);

    // Runs the migrations after schema version current, inside the caller's transaction.
    // Throws when the database is newer than this build.
    void migrateFrom(int current);
    QSqlQuery &prepared(const QString &name);
    QSqlQuery &run(const QString &name, const QVariantHash &values);
    void exec(const QString &sql);
    // Ends every cached statement's read, as a transaction ends and before a reconnect.
    void finishQueries();
    void forgetQueries() { m_queries.clear(); }
    // The first value of the first row of the query, or an invalid QVariant without rows.
    QVariant scalar(const QString &name, const QVariantHash &values = {});
    [[noreturn]] static void fail(const QString &what, const class QSqlError &error);

    QString m_dialect;
    QString m_connection;
    QSqlDatabase m_db;
    bool m_inTransaction = false;

private:
    friend class SqlShopStore;
    static QList<DeviceRecord> readDevices(QSqlQuery &query);
    ShopPorts &main() { return shop(mainShopId()); }

    QHash<QString, QSqlQuery> m_queries;
    std::map<QString, std::unique_ptr<class SqlShopStore>> m_shops;
};

// One shop's ports over a SqlStorage: the same statements, each bound to the shop's id
// (sqlshopstore.cpp for settings, menu, codes and numbers; sqlorders.cpp for orders).
class SqlShopStore : public ShopPorts
{
public:
    SqlShopStore(SqlStorage &storage, const QString &id) : m_storage(storage), m_id(id) {}

    std::optional<ShopSettings> loadSettings() override;
    void saveSettings(const ShopSettings &shop) override;
    std::optional<Menu> loadMenu() override;
    void saveMenu(const Menu &menu) override;

    std::optional<QrCode> code(qint64 bucket) override;
    bool insertCode(const QrCode &code) override;
    bool takeToken(qint64 bucket) override;
    void setCodeTokens(qint64 bucket, int total) override;
    void setCodeUrl(qint64 bucket, const QString &url) override;

    int nextNumber(const QString &day) override;

    void insertOrder(const OrderRecord &order) override;
    void updateOrder(const OrderRecord &order) override;
    std::optional<OrderRecord> order(const OrderId &id) override;
    std::optional<OrderRecord> orderByNumber(const QString &day, int number) override;
    QList<OrderRecord> openOrders() override;
    QList<OrderRecord> currentOrders(Millis since) override;
    QList<OrderRecord> ordersInStates(const QStringList &states, int limit) override;
    QList<OrderRecord> ordersOfDay(const QString &day) override;
    int countOpenOrders() override;
    std::optional<Millis> nextDeadline() override;
    QList<OrderRecord> dueOrders(Millis now) override;

private:
    // The statement with the shop's id bound as :shop besides values.
    QSqlQuery &run(const QString &name, QVariantHash values = {});
    QVariant scalar(const QString &name, QVariantHash values = {});
    static QList<OrderRecord> readOrders(QSqlQuery &query);
    QVariantHash orderValues(const OrderRecord &order) const;

    SqlStorage &m_storage;
    QString m_id;
};

} // namespace presso

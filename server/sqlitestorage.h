#pragma once

#include "storage.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace presso {

// Storage in one SQLite file through Qt Sql, in WAL mode. SQL text comes from the
// resource files under :/sql/sqlite; this class only binds values.
class SqliteStorage final : public Storage
{
public:
    // Opens (creating if needed) the database and migrates it to the newest schema.
    // Throws StorageError when the file cannot be opened, is damaged, or is newer
    // than this build understands.
    enum class Check {
        Always,       // PRAGMA quick_check on every open
        AfterCrash,   // only when the last server did not stop cleanly (see setServing)
    };
    explicit SqliteStorage(const QString &path, Check check = Check::Always);
    ~SqliteStorage() override;

    static int latestSchemaVersion();
    // The text of the query in :/sql/sqlite/<name>.sql.
    static QString sqlText(const QString &name);
    // Reads rows of (seq, id, type, time, order_id, owner, detail), the events table's
    // columns; also the event archive's.
    static QList<StoredEvent> readEvents(QSqlQuery &query);
    int schemaVersion();
    // Marks the database as in use by a serving server (true) or cleanly left (false).
    // A server that opens it still marked was cut off (crash, power loss): it is checked.
    void setServing(bool serving);
    // The public URL of the server that serves this database (protocol.md's publicUrl),
    // so that `device pair` on the command line prints the address devices reach.
    void setServedAt(const QString &publicUrl);
    QString servedAt();
    // Writes a consistent copy of the database to path while it is in use.
    void backupTo(const QString &path);

    void begin() override;
    void commit() override;
    void rollback() override;
    bool inTransaction() const override { return m_inTransaction; }
    bool reachable() override;
    QString kind() const override { return QStringLiteral("sqlite"); }
    void savepoint() override;
    void releaseSavepoint() override;
    void rollbackToSavepoint() override;
    bool changedExternally() override;

    std::optional<ShopSettings> loadSettings() override;
    void saveSettings(const ShopSettings &shop) override;
    std::optional<Menu> loadMenu() override;
    void saveMenu(const Menu &menu) override;

    std::optional<QrCode> code(qint64 bucket) override;
    void insertCode(const QrCode &code) override;
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

    qint64 appendEvent(const StoredEvent &event) override;
    QList<StoredEvent> eventsAfter(qint64 seq, int limit) override;
    QList<StoredEvent> eventsOfOrder(const OrderId &id) override;
    EventBounds eventBounds() override;

    void insertDevice(const DeviceRecord &device) override;
    std::optional<DeviceRecord> deviceByTokenHash(const QString &hash) override;
    QList<DeviceRecord> devices() override;
    bool deleteDevice(const QString &name) override;
    void touchDevice(const QString &name, Millis now) override;

    // In sqlitepairings.cpp.
    void insertPairing(const PairingRecord &pairing) override;
    std::optional<PairingRecord> openPairing(const QString &codeHash, Millis now) override;
    void deletePairing(const QString &codeHash) override;
    void countPairingFailure(Millis now) override;
    void prunePairings(Millis now, int maxFailures) override;
    // In sqlitecustomers.cpp.
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

private:
    QSqlQuery &prepared(const QString &name);
    QSqlQuery &run(const QString &name, const QVariantHash &values);
    void exec(const QString &sql);
    void migrate();
    void checkIntegrity();
    QString metaValue(const QString &key);
    QList<OrderRecord> readOrders(QSqlQuery &query);
    QList<DeviceRecord> readDevices(QSqlQuery &query);
    QVariantHash orderValues(const OrderRecord &order) const;

    QString m_connection;
    QSqlDatabase m_db;
    QHash<QString, QSqlQuery> m_queries;
    bool m_inTransaction = false;
    qint64 m_dataVersion = -1;
    // The file opened (device, inode): reachable() checks the path still leads to it.
    std::pair<quint64, quint64> m_file{0, 0};
};

} // namespace presso

#pragma once

// The storage ports: one narrow interface per service, each the only way that service
// reaches its own tables. A backend (SqliteStorage, PgStorage) implements them all
// through the Storage aggregate; a service is handed only its own port. Every write
// happens inside a transaction (Transactions); every method throws StorageError.
#include "storagerecords.h"

#include <functional>

namespace presso {

// The unit of work: one transaction per command, savepoints for group commit, and
// what the server asks of the store as a whole. Used by the Transactor, the EventLog's
// checks, and the server's housekeeping and /healthz.
class Transactions
{
public:
    virtual ~Transactions() = default;

    virtual void begin() = 0;
    virtual void commit() = 0;
    virtual void rollback() = 0;
    virtual bool inTransaction() const = 0;
    // Savepoints inside a transaction, so that one command of a group commit can roll
    // back alone.
    virtual void savepoint() = 0;
    virtual void releaseSavepoint() = 0;
    virtual void rollbackToSavepoint() = 0;
    // True when another process changed the database since the last call.
    virtual bool changedExternally() = 0;
    // A value that differs from the one read before whenever another process committed a
    // change in between, without consuming what changedExternally() reports. Read inside
    // a transaction (after PostgreSQL's write lock), it covers every commit the
    // transaction can see: the Transactor's caches compare it with the one they were
    // filled under.
    virtual qint64 externalVersion() = 0;
    // Calls back, from the event loop, soon after another process commits a change
    // (PostgreSQL's LISTEN/NOTIFY). A store that cannot tell (an SQLite file) never
    // calls: the server's housekeeping looks with changedExternally() instead.
    virtual void watchChanges(std::function<void()> changed) = 0;
    // Whether the store answers a read right now, as GET /healthz reports it. Never
    // throws. kind(): "sqlite" or "postgresql", as /healthz names it.
    virtual bool reachable() = 0;
    virtual QString kind() const = 0;

    // Durability after commit(). A store whose commit returns once it is on disk
    // (PostgreSQL; SQLite unless deferred) calls then(true) at once. SQLite with deferred
    // syncs returns from commit() before the write-ahead log is synced (walsyncer.h) and
    // calls then, from the event loop and in commit order, once a sync covering every
    // commit so far has finished: true, or false when a sync failed.
    virtual void whenDurable(std::function<void(bool durable)> then) { then(true); }
    // Waits until every commit so far is durable and the waiting callbacks have run.
    virtual void settle() {}
    // Defers the sync of each commit (true) or syncs inside commit() again (false, after
    // settling); a store that cannot defer ignores it.
    virtual void setDeferredSync(bool) {}
};

// The shops of the server, and which one a code belongs to (codes are unique
// server-wide, so that a phone's redeem finds its shop from the code alone).
class ShopsStore
{
public:
    virtual ~ShopsStore() = default;

    virtual QList<ShopRecord> shops() = 0;
    // False, storing nothing, when a shop with this id exists already.
    virtual bool insertShop(const ShopRecord &shop) = 0;
    virtual std::optional<QString> shopOfCode(const QString &code) = 0;
};

// ConfigService's: the shop settings and the menu.
class ConfigStore
{
public:
    virtual ~ConfigStore() = default;

    virtual std::optional<ShopSettings> loadSettings() = 0;
    virtual void saveSettings(const ShopSettings &shop) = 0;
    virtual std::optional<Menu> loadMenu() = 0;
    virtual void saveMenu(const Menu &menu) = 0;
};

// Validator's: one admission code per bucket and its tokens.
class CodesStore
{
public:
    virtual ~CodesStore() = default;

    virtual std::optional<QrCode> code(qint64 bucket) = 0;
    // Stores the bucket's code; false, storing nothing, when the bucket has one already
    // (another server made it first: the caller reads and shows that one).
    virtual bool insertCode(const QrCode &code) = 0;
    // Takes one token of the bucket's code; false when none is left.
    virtual bool takeToken(qint64 bucket) = 0;
    // Changes how many orders the bucket's code admits; the tokens already taken stay taken.
    virtual void setCodeTokens(qint64 bucket, int total) = 0;
    // The URL the bucket's code is shown with (phoneOrdering or publicUrl changed).
    virtual void setCodeUrl(qint64 bucket, const QString &url) = 0;
};

// Counter's: the order numbers of each day.
class NumbersStore
{
public:
    virtual ~NumbersStore() = default;

    virtual int nextNumber(const QString &day) = 0;
};

// OrderManager's, and only OrderManager's: it is the one writer of orders, and every
// other part reads them through it.
class OrdersStore
{
public:
    virtual ~OrdersStore() = default;

    virtual void insertOrder(const OrderRecord &order) = 0;
    virtual void updateOrder(const OrderRecord &order) = 0;
    virtual std::optional<OrderRecord> order(const OrderId &id) = 0;
    virtual std::optional<OrderRecord> orderByNumber(const QString &day, int number) = 0;
    virtual QList<OrderRecord> openOrders() = 0;
    // Open orders plus those completed at or after since, oldest first.
    virtual QList<OrderRecord> currentOrders(Millis since) = 0;
    // The newest `limit` orders in these states, returned oldest first.
    virtual QList<OrderRecord> ordersInStates(const QStringList &states, int limit) = 0;
    virtual QList<OrderRecord> ordersOfDay(const QString &day) = 0;
    virtual int countOpenOrders() = 0;
    virtual std::optional<Millis> nextDeadline() = 0;
    virtual QList<OrderRecord> dueOrders(Millis now) = 0;
};

// What one shop's services reach: each of these ports, scoped to that shop (Storage::shop).
class ShopPorts : public ConfigStore, public CodesStore, public NumbersStore, public OrdersStore
{
};

// EventLog's: the log of every event, with its seq. The Publisher and the command line
// read it.
class EventsStore
{
public:
    virtual ~EventsStore() = default;

    // Appends an event and returns its seq.
    virtual qint64 appendEvent(const StoredEvent &event) = 0;
    virtual QList<StoredEvent> eventsAfter(qint64 seq, int limit) = 0;
    virtual QList<StoredEvent> eventsOfOrder(const OrderId &id) = 0;
    virtual EventBounds eventBounds() = 0;
};

// Devices': who may connect, by the hash of its token.
class DevicesStore
{
public:
    virtual ~DevicesStore() = default;

    virtual void insertDevice(const DeviceRecord &device) = 0;
    virtual std::optional<DeviceRecord> deviceByTokenHash(const QString &hash) = 0;
    virtual QList<DeviceRecord> devices() = 0;
    virtual bool deleteDevice(const QString &name) = 0;
    virtual void touchDevice(const QString &name, Millis now) = 0;
};

// Pairings': the open pairing codes, by hash.
class PairingsStore
{
public:
    virtual ~PairingsStore() = default;

    virtual void insertPairing(const PairingRecord &pairing) = 0;
    // The pairing with this code hash, if it is still open at now.
    virtual std::optional<PairingRecord> openPairing(const QString &codeHash, Millis now) = 0;
    virtual void deletePairing(const QString &codeHash) = 0;
    // Counts one failed attempt against every code open at now.
    virtual void countPairingFailure(Millis now) = 0;
    // Drops the expired codes and those that have seen maxFailures failed attempts.
    virtual void prunePairings(Millis now, int maxFailures) = 0;
};

// Customers': the phone customers and which orders each owns.
class CustomersStore
{
public:
    virtual ~CustomersStore() = default;

    virtual void insertCustomer(const CustomerRecord &customer) = 0;
    // The customer whose token hashes to hash, if it was used at or after since.
    virtual std::optional<CustomerRecord> customerByTokenHash(const QString &hash,
                                                              Millis since) = 0;
    virtual void touchCustomer(const QString &id, Millis now) = 0;
    // Forgets the customers last used before `before`, and their links.
    virtual void pruneCustomers(Millis before) = 0;
    // Links an order to a customer; a second link of the same pair changes nothing.
    virtual void linkCustomerOrder(const CustomerLink &link) = 0;
    virtual QStringList customersOfOrder(const QString &orderId) = 0;
    // The customer's links to orders created at or after since, oldest order first.
    virtual QList<CustomerLink> customerLinks(const QString &customerId, Millis since) = 0;
    virtual int countOpenCustomerOrders(const QString &customerId) = 0;
};

// The Dispatcher's: each device's first response to a requestId, for idempotency.
class ResponsesStore
{
public:
    virtual ~ResponsesStore() = default;

    virtual std::optional<QByteArray> storedResponse(const QString &device,
                                                     const QString &requestId, Millis since) = 0;
    virtual void storeResponse(const QString &device, const QString &requestId, Millis now,
                               const QByteArray &response) = 0;
    virtual void pruneResponses(Millis before) = 0;
};

// Presence's: the shops each server has a barista device connected for, with when that
// was last said, so that every server on one database knows a barista is on duty.
class PresenceStore
{
public:
    virtual ~PresenceStore() = default;

    // Replaces this server's rows with one per shop, seen now.
    virtual void setPresence(const QString &server, const QStringList &shops, Millis now) = 0;
    // The shops another server said at or after since it has a barista for.
    virtual QStringList shopsWithBaristaElsewhere(const QString &server, Millis since) = 0;
    virtual void prunePresence(Millis before) = 0;
};

} // namespace presso

#pragma once

#include "event.h"
#include "menu.h"
#include "order.h"
#include "qrcode.h"
#include "role.h"
#include "shopsettings.h"

#include <QList>
#include <optional>
#include <stdexcept>

namespace presso {

// An order as stored: the public order plus what only the server knows.
struct OrderRecord
{
    Order order;
    QString tokenHash;
    QString kiosk; // the device that redeemed it
    std::optional<qint64> bucket;
    QString day; // the local day its number belongs to, "yyyy-MM-dd"
};

// An event as logged, with what the publisher needs to route it.
struct StoredEvent
{
    qint64 seq = 0;
    Event event;
    QString orderId;
    QString owner; // the kiosk that owns the order, if any
    QStringList customers; // the customers that own or follow the order (ids)
};

// A phone customer (role `customer`): only the hash of its customerToken is kept.
struct CustomerRecord
{
    QString id;
    QString tokenHash;
    Millis createdAt = 0;
    Millis lastUsedAt = 0;
};

// An order a customer owns, because it redeemed it on the phone or followed it.
struct CustomerLink
{
    QString customerId;
    QString orderId;
    QString via; // "redeem" or "follow"
    QString sealedToken; // the order's token, sealed with the customer's token
    Millis linkedAt = 0;
};

struct DeviceRecord
{
    QString name;
    Role role = Role::Display;
    QString tokenHash;
    Millis createdAt = 0;
    std::optional<Millis> lastSeenAt;
};

// A pairing code as stored: only its hash, what the device becomes, and until when.
struct PairingRecord
{
    QString codeHash;
    Role role = Role::Display;
    QString name;
    Millis createdAt = 0;
    Millis expiresAt = 0;
};

struct EventBounds
{
    qint64 first = 0; // the oldest seq still in the log, 0 when empty
    qint64 last = 0;  // the newest seq ever given
};

// A storage failure. It aborts the command: the transaction rolls back and the client
// gets INTERNAL. Nothing half-written remains.
class StorageError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// Everything the server keeps. One implementation per database (SQLite now; PostgreSQL
// later). Every write happens inside begin()/commit(); methods throw StorageError.
class Storage
{
public:
    virtual ~Storage();

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
    // Whether the store answers a read right now, as GET /healthz reports it. Never
    // throws. kind(): "sqlite" or "postgresql", as /healthz names it.
    virtual bool reachable() = 0;
    virtual QString kind() const = 0;

    virtual std::optional<ShopSettings> loadSettings() = 0;
    virtual void saveSettings(const ShopSettings &shop) = 0;
    virtual std::optional<Menu> loadMenu() = 0;
    virtual void saveMenu(const Menu &menu) = 0;

    virtual std::optional<QrCode> code(qint64 bucket) = 0;
    virtual void insertCode(const QrCode &code) = 0;
    // Takes one token of the bucket's code; false when none is left.
    virtual bool takeToken(qint64 bucket) = 0;
    // Changes how many orders the bucket's code admits; the tokens already taken stay taken.
    virtual void setCodeTokens(qint64 bucket, int total) = 0;
    // The URL the bucket's code is shown with (phoneOrdering or publicUrl changed).
    virtual void setCodeUrl(qint64 bucket, const QString &url) = 0;

    virtual int nextNumber(const QString &day) = 0;

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

    // Appends an event and returns its seq.
    virtual qint64 appendEvent(const StoredEvent &event) = 0;
    virtual QList<StoredEvent> eventsAfter(qint64 seq, int limit) = 0;
    virtual QList<StoredEvent> eventsOfOrder(const OrderId &id) = 0;
    virtual EventBounds eventBounds() = 0;

    virtual void insertDevice(const DeviceRecord &device) = 0;
    virtual std::optional<DeviceRecord> deviceByTokenHash(const QString &hash) = 0;
    virtual QList<DeviceRecord> devices() = 0;
    virtual bool deleteDevice(const QString &name) = 0;
    virtual void touchDevice(const QString &name, Millis now) = 0;

    virtual void insertPairing(const PairingRecord &pairing) = 0;
    // The pairing with this code hash, if it is still open at now.
    virtual std::optional<PairingRecord> openPairing(const QString &codeHash, Millis now) = 0;
    virtual void deletePairing(const QString &codeHash) = 0;
    // Counts one failed attempt against every code open at now.
    virtual void countPairingFailure(Millis now) = 0;
    // Drops the expired codes and those that have seen maxFailures failed attempts.
    virtual void prunePairings(Millis now, int maxFailures) = 0;

    virtual void insertCustomer(const CustomerRecord &customer) = 0;
    // The customer whose token hashes to hash, if it was used at or after since.
    virtual std::optional<CustomerRecord> customerByTokenHash(const QString &hash, Millis since) = 0;
    virtual void touchCustomer(const QString &id, Millis now) = 0;
    // Forgets the customers last used before `before`, and their links.
    virtual void pruneCustomers(Millis before) = 0;
    // Links an order to a customer; a second link of the same pair changes nothing.
    virtual void linkCustomerOrder(const CustomerLink &link) = 0;
    virtual QStringList customersOfOrder(const QString &orderId) = 0;
    // The customer's links to orders created at or after since, oldest order first.
    virtual QList<CustomerLink> customerLinks(const QString &customerId, Millis since) = 0;
    virtual int countOpenCustomerOrders(const QString &customerId) = 0;

    virtual std::optional<QByteArray> storedResponse(const QString &device, const QString &requestId,
                                                     Millis since) = 0;
    virtual void storeResponse(const QString &device, const QString &requestId, Millis now,
                               const QByteArray &response) = 0;
    virtual void pruneResponses(Millis before) = 0;
};

} // namespace presso

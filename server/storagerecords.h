#pragma once

// The rows the storage ports read and write, and the error they throw.

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

// The shop made at first start, and the one every older single-shop store becomes.
inline QString mainShopId()
{
    return QStringLiteral("main");
}

// A shop's id is [a-z0-9-]{1,32}, as protocol.md gives it.
bool isValidShopId(const QString &id);

// One shop of the server: its own settings, menu, codes, numbers, devices and orders.
struct ShopRecord
{
    QString id;
    QString name;
    Millis createdAt = 0;
};

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
    QString owner;         // the kiosk that owns the order, if any
    QStringList customers; // the customers that own or follow the order (ids)
    QString shop = mainShopId(); // only that shop's sessions receive it
    // The compact JSON of event.detail, made once when the event is logged and used for
    // the log's row and every frame; empty for an event read back (detailText()).
    QByteArray detailJson;
};

// The compact JSON of the event's detail: the text made when it was logged, if known.
QByteArray detailText(const StoredEvent &event);

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
    QString via;         // "redeem" or "follow"
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
    QString shop = mainShopId();
};

// A pairing code as stored: only its hash, what the device becomes, and until when.
struct PairingRecord
{
    QString codeHash;
    Role role = Role::Display;
    QString name;
    Millis createdAt = 0;
    Millis expiresAt = 0;
    QString shop = mainShopId(); // the shop the device will belong to
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

} // namespace presso

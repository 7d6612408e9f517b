#pragma once

#include "result.h"

#include <QJsonObject>
#include <QList>

namespace presso {

// The op names of protocol.md (and docs/protocol.md's additions), each listed once.
namespace op {
inline constexpr char kHello[] = "hello";
inline constexpr char kPing[] = "ping";
inline constexpr char kConfigGet[] = "config.get";
inline constexpr char kShopSetOpen[] = "shop.setOpen";
inline constexpr char kMenuSetAvailable[] = "menu.setAvailable";
inline constexpr char kMenuSet[] = "menu.set";
inline constexpr char kSettingsSet[] = "settings.set";
inline constexpr char kQrCurrent[] = "qr.current";
inline constexpr char kQrRedeem[] = "qr.redeem";
inline constexpr char kOrderSubmit[] = "order.submit";
inline constexpr char kOrderCancel[] = "order.cancel";
inline constexpr char kOrderClaim[] = "order.claim";
inline constexpr char kOrderUnclaim[] = "order.unclaim";
inline constexpr char kOrderComplete[] = "order.complete";
inline constexpr char kOrderGet[] = "order.get";
inline constexpr char kOrdersList[] = "orders.list";
inline constexpr char kEventsSince[] = "events.since";
inline constexpr char kStatsGet[] = "stats.get";
inline constexpr char kDeviceAdd[] = "device.add";
inline constexpr char kDeviceList[] = "device.list";
inline constexpr char kDeviceRevoke[] = "device.revoke";
// Additions (docs/protocol.md).
inline constexpr char kOrderRecall[] = "order.recall";
inline constexpr char kDevicePair[] = "device.pair";
// Part two: customers on their own phones.
inline constexpr char kOrdersMine[] = "orders.mine";
inline constexpr char kOrderFollow[] = "order.follow";
} // namespace op

enum class FieldType { String, Integer, Boolean, StringList, Object, Array };

// One argument of an op: its JSON type, whether it must be there, and its size limit
// (characters for strings, items for lists, the upper bound for integers).
struct FieldSpec
{
    QString name;
    FieldType type;
    bool required;
    qint64 limit;
    // Not required after all when this other argument is there (hello's token and
    // role give way to pair).
    QString unless = {};
};

// What an op is: whether it changes state, and its arguments. Who may call it is
// policy.h's.
struct OpSpec
{
    QString name;
    bool mutating;
    QList<FieldSpec> args;
};

const QList<OpSpec> &allOps();
const OpSpec *findOp(const QString &name);

// Checks every known argument's type and size. Unknown arguments are ignored, so that
// newer clients can talk to this server. Fails with BAD_REQUEST naming the field.
Result<bool> validateArgs(const OpSpec &spec, const QJsonObject &args);

} // namespace presso

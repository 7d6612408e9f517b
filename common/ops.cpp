#include "ops.h"

#include "jsonreader.h"
#include "order.h"

namespace presso {

namespace {
using enum FieldType;

constexpr qint64 kMaxSeq = qint64(1) << 52;
constexpr int kTokenLength = 128;

FieldSpec req(const char *name, FieldType type, qint64 limit)
{
    return {QString::fromLatin1(name), type, true, limit};
}
FieldSpec opt(const char *name, FieldType type, qint64 limit)
{
    return {QString::fromLatin1(name), type, false, limit};
}
FieldSpec reqUnless(const char *name, FieldType type, qint64 limit, const char *other)
{
    return {QString::fromLatin1(name), type, true, limit, QString::fromLatin1(other)};
}

QList<OpSpec> buildOps()
{
    const FieldSpec orderId = req("orderId", String, limits::kIdLength);
    const FieldSpec orderToken = opt("orderToken", String, kTokenLength);
    return {
        // token: every device role unless it pairs (the handler requires it); customerToken
        // and shop: the customer role (part two).
        {op::kHello, false,
         {req("protocol", Integer, 1000), reqUnless("role", String, 20, "pair"), opt("token", String, kTokenLength),
          opt("pair", Object, 0), opt("customerToken", String, kTokenLength), opt("shop", String, 32),
          opt("device", String, limits::kDeviceName), opt("resumeFrom", Integer, kMaxSeq)}},
        {op::kPing, false, {}},
        {op::kConfigGet, false, {}},
        {op::kShopSetOpen, true, {req("open", Boolean, 0)}},
        {op::kMenuSetAvailable, true,
         {req("drink", String, limits::kDrinkName), req("available", Boolean, 0)}},
        {op::kMenuSet, true, {req("menu", Array, 100)}},
        // settings.set takes any subset of the shop settings; ShopSettings checks them.
        {op::kSettingsSet, true, {}},
        {op::kQrCurrent, false, {}},
        {op::kQrRedeem, true, {req("code", String, 64), opt("customerName", String, 100)}},
        {op::kOrderSubmit, true,
         {orderId, req("orderToken", String, kTokenLength), req("drink", String, 100),
          opt("modifiers", StringList, limits::kModifiersPerOrder), opt("customerName", String, 100)}},
        {op::kOrderCancel, true, {orderId, orderToken}},
        {op::kOrderClaim, true, {orderId}},
        {op::kOrderUnclaim, true, {orderId}},
        {op::kOrderComplete, true, {orderId}},
        {op::kOrderGet, false, {orderId, orderToken}},
        {op::kOrdersList, false, {opt("states", StringList, 6), opt("limit", Integer, 1000)}},
        {op::kEventsSince, false, {req("seq", Integer, kMaxSeq), opt("limit", Integer, 5000)}},
        {op::kStatsGet, false, {}},
        {op::kDeviceAdd, true,
         {req("role", String, 20), req("name", String, limits::kDeviceName)}},
        {op::kDeviceList, false, {}},
        {op::kDeviceRevoke, true, {req("name", String, limits::kDeviceName)}},
        {op::kOrderRecall, true, {orderId}},
        {op::kDevicePair, true,
         {req("role", String, 20), req("name", String, limits::kDeviceName)}},
        {op::kOrdersMine, false, {}},
        {op::kOrderFollow, true, {orderId, req("orderToken", String, kTokenLength)}},
    };
}
} // namespace

const QList<OpSpec> &allOps()
{
    static const QList<OpSpec> ops = buildOps();
    return ops;
}

const OpSpec *findOp(const QString &name)
{
    for (const OpSpec &spec : allOps()) {
        if (spec.name == name)
            return &spec;
    }
    return nullptr;
}

Result<bool> validateArgs(const OpSpec &spec, const QJsonObject &args)
{
    JsonReader r(args, QStringLiteral("args"));
    for (const FieldSpec &f : spec.args) {
        const bool required = f.required && (f.unless.isEmpty() || !r.has(f.unless));
        if (!required && !r.has(f.name))
            continue;
        switch (f.type) {
        case String:
            r.string(f.name, static_cast<int>(f.limit));
            break;
        case Integer:
            r.integer64(f.name, 0, f.limit);
            break;
        case Boolean:
            r.boolean(f.name);
            break;
        case StringList:
            r.stringList(f.name, static_cast<int>(f.limit), 100);
            break;
        case Object:
            r.object(f.name);
            break;
        case Array:
            r.array(f.name, static_cast<int>(f.limit));
            break;
        }
    }
    if (!r.ok())
        return r.error();
    return true;
}

} // namespace presso

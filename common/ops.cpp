#include "ops.h"

#include "jsonreader.h"
#include "order.h"

namespace presso {

namespace {
using enum FieldType;
using enum Role;

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

const Roles kAny = Roles::all();
const Roles kScreens{Display, Barista, Admin};
const Roles kStaff{Barista, Admin};
// The customer's acts: redeeming, ordering and following, from a kiosk or a phone.
const Roles kCustomerSide = Roles::customerSide();

QList<OpSpec> buildOps()
{
    const FieldSpec orderId = req("orderId", String, limits::kIdLength);
    const FieldSpec orderToken = opt("orderToken", String, kTokenLength);
    return {
        // token: every device role unless it pairs (the handler requires it); customerToken
        // and shop: the customer role (part two).
        {op::kHello, kAny, false,
         {req("protocol", Integer, 1000), reqUnless("role", String, 20, "pair"), opt("token", String, kTokenLength),
          opt("pair", Object, 0), opt("customerToken", String, kTokenLength), opt("shop", String, 32),
          opt("device", String, limits::kDeviceName), opt("resumeFrom", Integer, kMaxSeq)}},
        {op::kPing, kAny, false, {}},
        {op::kConfigGet, kAny, false, {}},
        {op::kShopSetOpen, kStaff, true, {req("open", Boolean, 0)}},
        {op::kMenuSetAvailable, kStaff, true,
         {req("drink", String, limits::kDrinkName), req("available", Boolean, 0)}},
        {op::kMenuSet, {Admin}, true, {req("menu", Array, 100)}},
        // settings.set takes any subset of the shop settings; ShopSettings checks them.
        {op::kSettingsSet, {Admin}, true, {}},
        {op::kQrCurrent, kScreens, false, {}},
        {op::kQrRedeem, kCustomerSide, true, {req("code", String, 64), opt("customerName", String, 100)}},
        {op::kOrderSubmit, kCustomerSide, true,
         {orderId, req("orderToken", String, kTokenLength), req("drink", String, 100),
          opt("modifiers", StringList, limits::kModifiersPerOrder), opt("customerName", String, 100)}},
        {op::kOrderCancel, {Kiosk, Customer, Barista, Admin}, true, {orderId, orderToken}},
        // An admin may help behind the bar (protocol.md, "Resolutions of part one").
        {op::kOrderClaim, kStaff, true, {orderId}},
        {op::kOrderUnclaim, kStaff, true, {orderId}},
        {op::kOrderComplete, kStaff, true, {orderId}},
        {op::kOrderGet, kAny, false, {orderId, orderToken}},
        {op::kOrdersList, kScreens, false, {opt("states", StringList, 6), opt("limit", Integer, 1000)}},
        {op::kEventsSince, {Admin}, false, {req("seq", Integer, kMaxSeq), opt("limit", Integer, 5000)}},
        {op::kStatsGet, kStaff, false, {}},
        {op::kDeviceAdd, {Admin}, true,
         {req("role", String, 20), req("name", String, limits::kDeviceName)}},
        {op::kDeviceList, {Admin}, false, {}},
        {op::kDeviceRevoke, {Admin}, true, {req("name", String, limits::kDeviceName)}},
        {op::kOrderRecall, kStaff, true, {orderId}},
        // Barista: kiosk, display and barista only (checked by the handler).
        {op::kDevicePair, kStaff, true,
         {req("role", String, 20), req("name", String, limits::kDeviceName)}},
        {op::kOrdersMine, {Customer}, false, {}},
        {op::kOrderFollow, {Customer}, true, {orderId, req("orderToken", String, kTokenLength)}},
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

#include "policy.h"

#include "ops.h"

#include <QString>

namespace presso::policy {

namespace {
using enum Role;
using enum EventType;

const Roles kAny = Roles::all();
const Roles kScreens{Display, Barista, Admin};
const Roles kStaff{Barista, Admin};
// The customer's acts: redeeming, ordering and following, from a kiosk or a phone. An
// admin never does them ("Resolutions of part one").
const Roles kCustomerSide{Kiosk, Customer};
const Roles kBarDevices{Kiosk, Display, Barista};
} // namespace

const QList<OpRule> &opRules()
{
    static const QList<OpRule> rules{
        {op::kHello, kAny},
        {op::kPing, kAny},
        {op::kConfigGet, kAny},
        {op::kShopSetOpen, kStaff},
        {op::kMenuSetAvailable, kStaff},
        {op::kMenuSet, {Admin}},
        {op::kSettingsSet, {Admin}},
        {op::kQrCurrent, kScreens},
        {op::kQrRedeem, kCustomerSide},
        {op::kOrderSubmit, kCustomerSide},
        // A kiosk or customer with the orderToken (as the customer); the bar (as the bar).
        {op::kOrderCancel, kCustomerSide | kStaff},
        // An admin may help behind the bar ("Resolutions of part one").
        {op::kOrderClaim, kStaff},
        {op::kOrderUnclaim, kStaff},
        {op::kOrderComplete, kStaff},
        {op::kOrderGet, kAny},
        {op::kOrdersList, kScreens},
        {op::kEventsSince, {Admin}},
        {op::kStatsGet, kStaff},
        {op::kDeviceAdd, {Admin}},
        {op::kDeviceList, {Admin}},
        {op::kDeviceRevoke, {Admin}},
        {op::kOrderRecall, kStaff},
        // Which roles each may pair: the roles table's mayPair.
        {op::kDevicePair, kStaff},
        {op::kOrdersMine, {Customer}},
        {op::kOrderFollow, {Customer}},
    };
    return rules;
}

bool mayCall(Role role, const QString &op)
{
    for (const OpRule &rule : opRules()) {
        if (op == QLatin1String(rule.op))
            return rule.roles.contains(role);
    }
    return false;
}

const QList<RoleRule> &roleRules()
{
    static const QList<RoleRule> rules{
        // role      orders       public  awaiting  may pair
        {Kiosk, Reach::Own, false, true, {}},
        {Display, Reach::Any, true, false, {}},
        {Barista, Reach::Any, false, true, kBarDevices},
        {Admin, Reach::Any, false, true, Roles::devices()},
        {Customer, Reach::Own, false, true, {}},
    };
    return rules;
}

const RoleRule &ruleOf(Role role)
{
    for (const RoleRule &rule : roleRules()) {
        if (rule.role == role)
            return rule;
    }
    Q_UNREACHABLE();
}

bool ownsOrders(Role role)
{
    return ruleOf(role).orders == Reach::Own;
}

bool mayList(Role role, const Order &order, bool owner)
{
    const RoleRule &rule = ruleOf(role);
    if (rule.orders == Reach::Own)
        return owner;
    return rule.seesAwaiting || order.state != OrderState::AwaitingOrder;
}

QJsonObject orderView(Role role, const Order &order)
{
    return ruleOf(role).publicView ? order.toPublicJson() : order.toJson();
}

bool mayCancel(Role role, OrderState state)
{
    if (isTerminal(state))
        return false;
    return !ownsOrders(role) || state != OrderState::InProduction;
}

QString cancelReason(Role role)
{
    return ownsOrders(role) ? QStringLiteral("customer") : QStringLiteral("barista");
}

bool mayPair(Role actor, Role device)
{
    return mayCall(actor, QLatin1String(op::kDevicePair)) && ruleOf(actor).mayPair.contains(device);
}

bool seesCode(Role role)
{
    return mayCall(role, QLatin1String(op::kQrCurrent));
}

const QList<EventRule> &eventRules()
{
    static const QList<EventRule> rules{
        {NewCode, kScreens, false},
        {NewOrder, kScreens, false},
        {ShopUnavailable, kStaff, false},
        {WorkflowStarted, kStaff, true},
        // "all but other kiosks" (and other customers).
        {WaitingCompletion, kScreens, true},
        {MakeOrder, kScreens, true},
        {OrderCompleted, kScreens, true},
        {OrderCancelled, kScreens, true},
        {OrderTimeOut, kScreens, true},
        {OrderRecalled, kScreens, true},
        {OrderFinished, kStaff, false},
        {ConfigChanged, kAny, false},
        {DevicePaired, kStaff, false},
    };
    return rules;
}

bool mayReceive(EventType type, Role role, bool owner)
{
    for (const EventRule &rule : eventRules()) {
        if (rule.type == type)
            return rule.roles.contains(role) || (rule.owners && owner && ownsOrders(role));
    }
    return false;
}

} // namespace presso::policy

#pragma once

// Who may do what, in one place: which role may call each op, which orders each role
// may act on and how it sees them, and which events reach whom (protocol.md's tables,
// part two, docs/protocol.md's additions and "Resolutions of part one"). The dispatcher,
// the order manager, the publisher, the snapshot, the robot's checks and the tests all
// ask here; nothing else decides.
#include "event.h"
#include "order.h"
#include "role.h"

#include <QJsonObject>
#include <QList>

namespace presso::policy {

// One row of the ops table: the roles that may call op.
struct OpRule
{
    const char *op;
    Roles roles;
};
const QList<OpRule> &opRules();
// False for an op the table does not know.
bool mayCall(Role role, const QString &op);

// Which orders a role may act on and read: any order (the bar and its screens), or only
// its own (a kiosk's redeemed orders, a customer's redeemed or followed ones), each
// proven with the order's token. Owners act for the customer.
enum class Reach { Any, Own };

// One row of the roles table.
struct RoleRule
{
    Role role;
    Reach orders;
    bool publicView;   // sees an order's public view only (no baristaId, reason, deadline...)
    bool seesAwaiting; // lists and snapshots show it orders still being chosen
    Roles mayPair;     // the device roles it may pair (device.pair)
};
const QList<RoleRule> &roleRules();
const RoleRule &ruleOf(Role role);

// The roles that own orders and act for a customer (kiosk, customer).
bool ownsOrders(Role role);
// Whether an order may be shown to the role in a list or a snapshot; owner: the session
// owns it (for the roles that reach only their own).
bool mayList(Role role, const Order &order, bool owner);
// The order as the role sees it.
QJsonObject orderView(Role role, const Order &order);
// An owner cancels as the customer, and not once the drink is being made; the bar
// cancels any open order.
bool mayCancel(Role role, OrderState state);
QString cancelReason(Role role);
bool mayPair(Role actor, Role device);
// The hello snapshot carries the current code for the roles that may read it.
bool seesCode(Role role);

// One row of the events table: the roles that receive every event of the type, and
// whether an order's owners receive the events of their own orders.
struct EventRule
{
    EventType type;
    Roles roles;
    bool owners;
};
const QList<EventRule> &eventRules();
// owner: the session owns the event's order (its kiosk, or a customer that owns it).
bool mayReceive(EventType type, Role role, bool owner);

} // namespace presso::policy

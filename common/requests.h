#pragma once

#include "frames.h"
#include "order.h"
#include "role.h"

#include <QList>
#include <QStringList>
#include <optional>

namespace presso::requests {

// The requests the apps and the robot send, one function per op of protocol.md: each
// builds the frame from typed arguments (the op's name and argument names are written
// here and in ops.h only), and readers below take the typed result out of a response.
// Send them with PressoClient::request(Request, …).

// The barista's actions on one order. Inside presso each has one word: claim (the
// screen's "Make", the state IN_PRODUCTION), unclaim ("Unmake"), complete ("Ready"),
// cancel and recall ("Undo"); the wire's names are order.claim and so on.
enum class OrderAction { Claim, Unclaim, Complete, Cancel, Recall };
QString opOf(OrderAction action);
// orderToken: the kiosk's or a customer's proof of ownership, for cancel; empty for staff.
Request orderAction(OrderAction action, const QString &orderId, const QString &orderToken = {});

Request qrCurrent();
Request qrRedeem(const QString &code, const QString &customerName = {});
Request orderSubmit(const QString &orderId, const QString &orderToken, const QString &drink,
                    const QStringList &modifiers, const QString &customerName);
Request orderGet(const QString &orderId, const QString &orderToken = {});
Request ordersList(const QStringList &states);
Request eventsSince(qint64 afterSeq, int limit);
Request statsGet();
Request shopSetOpen(bool open);
Request menuSetAvailable(const QString &drink, bool available);
Request settingsSet(const QJsonObject &settings);
Request deviceAdd(Role role, const QString &name);
Request devicePair(Role role, const QString &name);
Request ping();

// The request with a requestId of its own if it may change state and has none (an op
// this build does not know may too): sent again with that key, the server answers what
// it answered first instead of doing it twice.
Request keyed(Request request);

// What qr.redeem gives: the order being started, its proof of ownership, and when the
// customer's time to order runs out.
struct Redeemed
{
    QString orderId;
    QString orderToken;
    std::optional<Millis> deadline;
};
std::optional<Redeemed> redeemedOf(const Response &response);
// The order in a result ({order: …}: submit, get, and every order action).
std::optional<Order> orderOf(const Response &response);
// The orders in a result ({orders: […]}), those that read; unreadable ones are left out.
QList<Order> ordersOf(const Response &response);
// order.get's place in line (1: the next drink made); none once it is being made or done.
std::optional<int> queuePositionOf(const Response &response);

} // namespace presso::requests

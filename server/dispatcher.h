#pragma once

#include "frames.h"
#include "ops.h"
#include "services.h"

#include <QHash>
#include <functional>

namespace presso {

// Routes each request through one table keyed by op. The checks every op shares live
// here, in one place: authentication, the ops table of policy.h, argument types, the
// rate limit, idempotency by requestId (the stored responses are its own), and one
// transaction per command.
class Dispatcher
{
public:
    using Handler = std::function<Result<QJsonObject>(Session &, const QJsonObject &args)>;

    explicit Dispatcher(Services &services);

    void add(const QString &op, Handler handler);
    // The op as one role does it, where that role's rules differ (the customer's redeem).
    void addFor(Role role, const QString &op, Handler handler);
    Response dispatch(Session &session, const Request &request);
    // Forgets the stored responses older than the idempotency window.
    void pruneResponses();

    static constexpr qint64 kIdempotencyWindowMs = 10 * 60 * 1000;
    // Per connection. Admin connections (the robot, scripts) get far more room.
    static constexpr int kMaxRequestsPerSecond = 50;
    static constexpr int kMaxAdminRequestsPerSecond = 5000;

private:
    // *resultJson: the result's JSON when it was serialised for the stored response, so
    // that the answer is not serialised again.
    Result<QJsonObject> execute(Session &session, const Request &request, const OpSpec &spec,
                                const Handler &handler, QByteArray *resultJson);
    bool overRateLimit(Session &session);

    Services &m_services;
    ResponsesStore &m_responses;
    QHash<QString, Handler> m_handlers;
    QHash<QString, Handler> m_roleHandlers; // keyed by "role op"
};

// Each domain area adds its ops to the table.
void addSessionHandlers(Dispatcher &dispatcher, Services &services);
void addShopHandlers(Dispatcher &dispatcher, Services &services);
void addOrderHandlers(Dispatcher &dispatcher, Services &services);
void addAdminHandlers(Dispatcher &dispatcher, Services &services);
// The customer role's own ops and its versions of shared ones (customerhandlers.cpp).
void addCustomerHandlers(Dispatcher &dispatcher, Services &services);

// hello's proof for the customer role: the shop, phoneOrdering, the connection cap and
// the customerToken (made when missing, unknown or expired). Sets the session's customer.
Result<bool> admitCustomer(Services &services, Session &session, const QJsonObject &args);
// qr.redeem's result: orderId, orderToken, deadline and the order.
QJsonObject redeemedResult(const OrderProcessor::Started &started);
// The order's id and the acting session as an Actor, from an order op's args.
Actor actorOf(const Session &session, const QJsonObject &args);

// device.pair's result, also printed by `presso-server device pair`.
QJsonObject pairingJson(const Services &services, const Pairings::Pairing &pairing);

} // namespace presso

#include "dispatcher.h"

#include "policy.h"
#include "serverlogging.h"

#include <QJsonDocument>

namespace presso {

Dispatcher::Dispatcher(Services &services)
    : m_services(services)
    , m_responses(services.storage)
{
}

void Dispatcher::pruneResponses()
{
    m_responses.pruneResponses(m_services.clock.now() - kIdempotencyWindowMs);
}

void Dispatcher::add(const QString &op, Handler handler)
{
    Q_ASSERT(findOp(op));
    m_handlers.insert(op, std::move(handler));
}

void Dispatcher::addFor(Role role, const QString &op, Handler handler)
{
    Q_ASSERT(findOp(op) && policy::mayCall(role, op));
    m_roleHandlers.insert(roleName(role) + QLatin1Char(' ') + op, std::move(handler));
}

bool Dispatcher::overRateLimit(Session &session)
{
    // A sliding window, so that the limit holds for any one second and not only per
    // calendar second (which lets twice the limit through across a boundary). Time is the
    // server's clock; if it is set back, the window starts again rather than stick.
    const Millis now = m_services.clock.now();
    auto &recent = session.recentRequests;
    if (!recent.empty() && now < recent.back())
        recent.clear();
    while (!recent.empty() && recent.front() <= now - 1000)
        recent.pop_front();
    const int limit = session.role == Role::Admin ? std::max(kMaxAdminRequestsPerSecond, session.rateLimit)
                                                  : session.rateLimit;
    if (recent.size() >= limit)
        return true;
    recent.push_back(now);
    return false;
}

Response Dispatcher::dispatch(Session &session, const Request &request)
{
    const QJsonValue id(request.id);
    auto fail = [&](ErrorCode code, const QString &message) {
        return Response::failure(id, Error{code, message}, m_services.clock.now());
    };
    const bool isHello = request.op == QLatin1String(op::kHello);
    if (!session.authenticated && !isHello)
        return fail(ErrorCode::Unauthenticated, QStringLiteral("Say hello first"));
    if (overRateLimit(session))
        return fail(ErrorCode::RateLimited, QStringLiteral("Too many requests from this device: slow down"));
    const OpSpec *spec = findOp(request.op);
    const Handler *handler = nullptr;
    if (const auto own = m_roleHandlers.constFind(roleName(session.role) + QLatin1Char(' ') + request.op);
        session.authenticated && own != m_roleHandlers.constEnd())
        handler = &*own;
    else if (const auto shared = m_handlers.constFind(request.op); shared != m_handlers.constEnd())
        handler = &*shared;
    if (!spec || !handler)
        return fail(ErrorCode::UnknownOp, QStringLiteral("Unknown op \"%1\"").arg(request.op));
    if (session.authenticated && !policy::mayCall(session.role, request.op))
        return fail(ErrorCode::Forbidden, QStringLiteral("A %1 may not %2").arg(roleName(session.role), request.op));
    if (const auto valid = validateArgs(*spec, request.args); !valid)
        return Response::failure(id, valid.error(), m_services.clock.now());
    try {
        QByteArray resultJson;
        const auto result = execute(session, request, *spec, *handler, &resultJson);
        if (!result)
            return Response::failure(id, result.error(), m_services.clock.now());
        Response response = Response::success(id, *result, m_services.clock.now());
        response.resultJson = std::move(resultJson);
        return response;
    } catch (const StorageError &e) {
        qCCritical(lcServer) << request.op << "failed:" << e.what();
        return fail(ErrorCode::Internal, QStringLiteral("The server could not store this: nothing was changed"));
    }
}

Result<QJsonObject> Dispatcher::execute(Session &session, const Request &request, const OpSpec &spec,
                                        const Handler &handler, QByteArray *resultJson)
{
    // device.add and device.pair are never replayed: their answers hold a token or a
    // code, which is not stored.
    const bool idempotent = spec.mutating && !request.requestId.isEmpty() && session.authenticated
                            && request.op != QLatin1String(op::kDeviceAdd)
                            && request.op != QLatin1String(op::kDevicePair);
    return m_services.transactor.run([&]() -> Result<QJsonObject> {
        const Millis now = m_services.clock.now();
        if (idempotent) {
            if (const auto stored = m_responses.storedResponse(session.principal(), request.requestId,
                                                           now - kIdempotencyWindowMs)) {
                const auto first = Response::fromJson(QJsonDocument::fromJson(*stored).object());
                if (first)
                    return first->ok ? Result<QJsonObject>(first->result) : Result<QJsonObject>(first->error);
            }
        }
        auto result = handler(session, request.args);
        if (idempotent) {
            Response first = result ? Response::success(QJsonValue::Null, *result, now)
                                     : Response::failure(QJsonValue::Null, result.error(), now);
            if (result) {
                first.resultJson = encodeFrame(*result);
                *resultJson = first.resultJson;
            }
            m_responses.storeResponse(session.principal(), request.requestId, now, encodeResponse(first));
        }
        return result;
    });
}

} // namespace presso

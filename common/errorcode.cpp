#include "errorcode.h"

#include <array>
#include <utility>

namespace presso {

namespace {
constexpr std::array<std::pair<ErrorCode, const char *>, 15> kNames{{
    {ErrorCode::BadRequest, "BAD_REQUEST"},
    {ErrorCode::UnknownOp, "UNKNOWN_OP"},
    {ErrorCode::Unauthenticated, "UNAUTHENTICATED"},
    {ErrorCode::Forbidden, "FORBIDDEN"},
    {ErrorCode::NotFound, "NOT_FOUND"},
    {ErrorCode::Conflict, "CONFLICT"},
    {ErrorCode::ShopClosed, "SHOP_CLOSED"},
    {ErrorCode::AtCapacity, "AT_CAPACITY"},
    {ErrorCode::InvalidCode, "INVALID_CODE"},
    {ErrorCode::NoTokens, "NO_TOKENS"},
    {ErrorCode::InvalidOrder, "INVALID_ORDER"},
    {ErrorCode::Expired, "EXPIRED"},
    {ErrorCode::RateLimited, "RATE_LIMITED"},
    {ErrorCode::Internal, "INTERNAL"},
    {ErrorCode::Timeout, "TIMEOUT"},
}};
} // namespace

QString errorCodeName(ErrorCode code)
{
    for (const auto &[c, name] : kNames) {
        if (c == code)
            return QString::fromLatin1(name);
    }
    return QStringLiteral("INTERNAL");
}

std::optional<ErrorCode> errorCodeFromName(const QString &name)
{
    for (const auto &[c, n] : kNames) {
        if (name == QLatin1String(n))
            return c;
    }
    return std::nullopt;
}

} // namespace presso

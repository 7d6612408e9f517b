#pragma once

#include <QString>
#include <optional>

namespace presso {

// The error codes of protocol.md, each listed once.
enum class ErrorCode {
    BadRequest,
    UnknownOp,
    Unauthenticated,
    Forbidden,
    NotFound,
    Conflict,
    ShopClosed,
    AtCapacity,
    InvalidCode,
    NoTokens,
    InvalidOrder,
    Expired,
    RateLimited,
    Internal,
};

QString errorCodeName(ErrorCode code);
std::optional<ErrorCode> errorCodeFromName(const QString &name);

} // namespace presso

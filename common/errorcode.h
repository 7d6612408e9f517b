#pragma once

#include <QString>
#include <optional>

namespace presso {

// The error codes of protocol.md, each listed once, and one of the client's own.
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
    // The client's, never sent by a server: no answer came in time (the request may or
    // may not have been done; a retry with the same requestId tells).
    Timeout,
};

QString errorCodeName(ErrorCode code);
std::optional<ErrorCode> errorCodeFromName(const QString &name);

} // namespace presso

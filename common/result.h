#pragma once

#include "errorcode.h"

#include <QString>
#include <utility>
#include <variant>

namespace presso {

// A protocol-level failure: the code a client sees and a message a person can read.
struct Error
{
    ErrorCode code = ErrorCode::Internal;
    QString message;

    friend bool operator==(const Error &, const Error &) = default;
};

// Either a value or the Error that prevented it; decoding returns this instead of throwing.
template<typename T>
class Result
{
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }

    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

inline Error badRequest(const QString &message)
{
    return Error{ErrorCode::BadRequest, message};
}

} // namespace presso

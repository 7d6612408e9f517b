#pragma once

#include "event.h"
#include "result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <variant>

namespace presso {

struct Order;

namespace limits {
// The largest frame or message either side accepts (close code 1009 beyond it).
constexpr qsizetype kMaxFrameBytes = 64 * 1024;
// What a client accepts from the server: a busy snapshot or a page of events can be
// larger than a request may be.
constexpr qsizetype kMaxServerFrameBytes = 16 * 1024 * 1024;
constexpr int kRequestIdLength = 128;
} // namespace limits

// A client's request: {"type":"req","id","op","args","requestId"?}.
struct Request
{
    QString id;
    QString op;
    QJsonObject args;
    QString requestId;

    QJsonObject toJson() const;
    friend bool operator==(const Request &, const Request &) = default;
};

// The server's answer to one request. id is null when the request's id was unreadable.
struct Response
{
    QJsonValue id;
    bool ok = true;
    QJsonObject result;
    Error error;
    Millis serverTime = 0;
    // The compact JSON of result when it was serialised already (the server's stored
    // first response): encodeResponse() writes it as it is. Not part of the value.
    QByteArray resultJson;

    static Response success(const QJsonValue &id, QJsonObject result, Millis serverTime);
    static Response failure(const QJsonValue &id, Error error, Millis serverTime);

    QJsonObject toJson() const;
    static Result<Response> fromJson(const QJsonObject &json);
    friend bool operator==(const Response &a, const Response &b)
    {
        return a.id == b.id && a.ok == b.ok && a.result == b.result && a.error == b.error && a.serverTime == b.serverTime;
    }
};

using ServerFrame = std::variant<Response, EventFrame>;

// Parses a text frame from a client. Checks size, JSON, that it is an object, and the
// types and lengths of type/id/op/requestId/args. On failure, *echoId (if given) holds
// the request's id when that much could be read, else null, for the error response.
// It does not check that the op exists or its args: see ops.h.
Result<Request> decodeRequest(const QByteArray &utf8, QJsonValue *echoId = nullptr);

// Parses a text frame from the server: a response or an event.
Result<ServerFrame> decodeServerFrame(const QByteArray &utf8);

// Compact UTF-8 JSON of one frame, or of any object (QJsonDocument's).
QByteArray encodeFrame(const QJsonObject &frame);

// The same bytes as encodeFrame(x.toJson()), written straight into one buffer instead of
// through a QJsonObject tree (the server's hot path). detailJson: the compact JSON of
// event.detail, serialised once when the event was logged.
QByteArray encodeEventFrame(qint64 seq, const Event &event, const QByteArray &detailJson);
QByteArray encodeResponse(const Response &response);
// The same bytes as encodeFrame(order.toJson()), or of toPublicJson() with publicView.
QByteArray encodeOrder(const Order &order, bool publicView = false);
// A JSON string literal, quotes included, escaped as QJsonDocument escapes it.
QByteArray jsonString(const QString &text);

} // namespace presso

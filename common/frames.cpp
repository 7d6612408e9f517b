#include "frames.h"

#include "jsonreader.h"
#include "order.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace presso {

namespace {
Result<QJsonObject> parseObject(const QByteArray &utf8, qsizetype maxBytes)
{
    if (utf8.size() > maxBytes)
        return badRequest(QStringLiteral("frame is larger than %1 KiB").arg(maxBytes / 1024));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(utf8, &parseError);
    const QString notObject = QStringLiteral("a frame must be a JSON object, got ");
    if (parseError.error != QJsonParseError::NoError) {
        // QJsonDocument refuses a lone string, number or literal, which is valid JSON but
        // not a frame: say so rather than "illegal value".
        const QJsonDocument wrapped = QJsonDocument::fromJson('[' + utf8 + ']');
        if (wrapped.isArray() && wrapped.array().size() == 1)
            return badRequest(notObject + jsonTypeName(wrapped.array().at(0)));
        return badRequest(QStringLiteral("not valid JSON: %1 at offset %2")
                              .arg(parseError.errorString())
                              .arg(parseError.offset));
    }
    if (!doc.isObject())
        return badRequest(notObject + jsonTypeName(doc.array()));
    return doc.object();
}
} // namespace

QJsonObject Request::toJson() const
{
    QJsonObject o{{QStringLiteral("type"), QStringLiteral("req")},
                  {QStringLiteral("id"), id},
                  {QStringLiteral("op"), op},
                  {QStringLiteral("args"), args}};
    if (!requestId.isEmpty())
        o.insert(QStringLiteral("requestId"), requestId);
    return o;
}

Result<Request> decodeRequest(const QByteArray &utf8, QJsonValue *echoId)
{
    if (echoId)
        *echoId = QJsonValue::Null;
    const auto parsed = parseObject(utf8, limits::kMaxFrameBytes);
    if (!parsed)
        return parsed.error();
    const QJsonObject &o = *parsed;
    JsonReader r(o, QString());
    Request req;
    req.id = r.string(QStringLiteral("id"), limits::kIdLength);
    if (!r.ok())
        return r.error();
    // protocol.md: a request without a string id and op is answered with id null.
    req.op = r.string(QStringLiteral("op"), 64);
    if (!r.ok())
        return r.error();
    if (req.op.isEmpty())
        return badRequest(QStringLiteral("op: must not be empty"));
    if (echoId)
        *echoId = req.id;
    if (r.has(QStringLiteral("type"))) {
        const QString type = r.string(QStringLiteral("type"), 16);
        if (r.ok() && type != QLatin1String("req"))
            r.fail(QStringLiteral("type"), QStringLiteral("expected \"req\""));
    }
    req.requestId = r.optString(QStringLiteral("requestId"), limits::kRequestIdLength).value_or(QString());
    if (r.has(QStringLiteral("args")))
        req.args = r.object(QStringLiteral("args"));
    if (!r.ok())
        return r.error();
    return req;
}

Response Response::success(const QJsonValue &id, QJsonObject result, Millis serverTime)
{
    Response r;
    r.id = id;
    r.ok = true;
    r.result = std::move(result);
    r.serverTime = serverTime;
    return r;
}

Response Response::failure(const QJsonValue &id, Error error, Millis serverTime)
{
    Response r;
    r.id = id;
    r.ok = false;
    r.error = std::move(error);
    r.serverTime = serverTime;
    return r;
}

QJsonObject Response::toJson() const
{
    QJsonObject o{{QStringLiteral("type"), QStringLiteral("res")},
                  {QStringLiteral("id"), id.isString() ? id : QJsonValue(QJsonValue::Null)},
                  {QStringLiteral("ok"), ok},
                  {QStringLiteral("serverTime"), isoFromMillis(serverTime)}};
    if (ok) {
        o.insert(QStringLiteral("result"), result);
    } else {
        o.insert(QStringLiteral("error"),
                 QJsonObject{{QStringLiteral("code"), errorCodeName(error.code)},
                             {QStringLiteral("message"), error.message}});
    }
    return o;
}

Result<Response> Response::fromJson(const QJsonObject &json)
{
    JsonReader r(json, QString());
    Response res;
    const QJsonValue id = json.value(QStringLiteral("id"));
    if (!id.isString() && !id.isNull())
        return badRequest(QStringLiteral("id: expected a string or null, got ") + jsonTypeName(id));
    res.id = id.isString() ? id : QJsonValue(QJsonValue::Null);
    res.ok = r.boolean(QStringLiteral("ok"));
    res.serverTime = r.time(QStringLiteral("serverTime"));
    if (!r.ok())
        return r.error();
    if (res.ok) {
        res.result = r.has(QStringLiteral("result")) ? r.object(QStringLiteral("result")) : QJsonObject();
    } else {
        JsonReader er(r.object(QStringLiteral("error")), QStringLiteral("error"));
        const QString code = er.string(QStringLiteral("code"), 32);
        res.error.message = er.optString(QStringLiteral("message"), 4096).value_or(QString());
        if (!er.ok())
            return er.error();
        // A code this build does not know is kept as INTERNAL, with its name in the message.
        const auto known = errorCodeFromName(code);
        res.error.code = known.value_or(ErrorCode::Internal);
        if (!known)
            res.error.message = code + QStringLiteral(": ") + res.error.message;
    }
    if (!r.ok())
        return r.error();
    return res;
}

Result<ServerFrame> decodeServerFrame(const QByteArray &utf8)
{
    const auto parsed = parseObject(utf8, limits::kMaxServerFrameBytes);
    if (!parsed)
        return parsed.error();
    JsonReader r(*parsed, QString());
    const QString type = r.string(QStringLiteral("type"), 16);
    if (!r.ok())
        return r.error();
    if (type == QLatin1String("res")) {
        auto res = Response::fromJson(*parsed);
        if (!res)
            return res.error();
        return ServerFrame(std::move(res).value());
    }
    if (type == QLatin1String("event")) {
        EventFrame frame;
        frame.seq = r.integer64(QStringLiteral("seq"), 1, qint64(1) << 52);
        const QJsonObject ev = r.object(QStringLiteral("event"));
        if (!r.ok())
            return r.error();
        auto event = Event::fromJson(ev);
        if (!event)
            return event.error();
        frame.event = std::move(event).value();
        return ServerFrame(std::move(frame));
    }
    return badRequest(QStringLiteral("type: unknown frame type \"%1\"").arg(type));
}

QByteArray encodeFrame(const QJsonObject &frame)
{
    return QJsonDocument(frame).toJson(QJsonDocument::Compact);
}

QByteArray jsonString(const QString &text)
{
    // Ids, names and times are plain ASCII: copied as they are. Anything else is left to
    // QJsonDocument, so that every escape stays exactly its own.
    const bool plain = std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.unicode() >= 0x20 && c.unicode() < 0x7f && c != u'"' && c != u'\\';
    });
    if (!plain) {
        const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
        return array.mid(1, array.size() - 2);
    }
    QByteArray out;
    out.reserve(text.size() + 2);
    out.append('"').append(text.toLatin1()).append('"');
    return out;
}

// Keys in the order QJsonObject keeps them (sorted), so that the bytes are the same.
QByteArray encodeEventFrame(qint64 seq, const Event &event, const QByteArray &detailJson)
{
    QByteArray out;
    out.reserve(detailJson.size() + 200);
    out.append(R"({"event":{"detail":)").append(detailJson);
    out.append(R"(,"detail-type":)").append(jsonString(eventTypeName(event.type)));
    out.append(R"(,"id":)").append(jsonString(event.id));
    out.append(R"(,"source":"presso","time":)").append(jsonString(isoFromMillis(event.time)));
    out.append(R"(,"version":"1"},"seq":)").append(QByteArray::number(seq));
    out.append(R"(,"type":"event"})");
    return out;
}

namespace {
QByteArray nullableString(const QString &text)
{
    return text.isEmpty() ? QByteArrayLiteral("null") : jsonString(text);
}

QByteArray jsonTimeText(const std::optional<Millis> &ms)
{
    return ms ? jsonString(isoFromMillis(*ms)) : QByteArrayLiteral("null");
}
} // namespace

// Keys sorted as QJsonObject keeps them, as encodeEventFrame's.
QByteArray encodeOrder(const Order &o, bool publicView)
{
    QByteArray out;
    out.reserve(512);
    out.append(R"({"baristaId":)").append(publicView ? QByteArrayLiteral("null") : nullableString(o.baristaId));
    out.append(R"(,"claimedAt":)").append(jsonTimeText(o.claimedAt));
    out.append(R"(,"completedAt":)").append(jsonTimeText(o.completedAt));
    out.append(R"(,"createdAt":)").append(jsonString(isoFromMillis(o.createdAt)));
    out.append(R"(,"customerName":)").append(nullableString(o.customerName));
    out.append(R"(,"deadline":)").append(jsonTimeText(o.deadline));
    out.append(R"(,"drink":)").append(nullableString(o.drink));
    out.append(R"(,"finishedAt":)").append(jsonTimeText(o.finishedAt));
    out.append(R"(,"icon":)").append(nullableString(o.icon));
    out.append(R"(,"id":)").append(jsonString(o.id.value));
    out.append(R"(,"modifiers":[)");
    for (qsizetype i = 0; i < o.modifiers.size(); ++i)
        out.append(i ? "," : "").append(jsonString(o.modifiers.at(i)));
    out.append(R"(],"number":)").append(o.number ? QByteArray::number(*o.number) : QByteArrayLiteral("null"));
    out.append(R"(,"reason":)").append(publicView ? QByteArrayLiteral("null") : nullableString(o.reason));
    out.append(R"(,"state":)").append(jsonString(orderStateName(o.state)));
    out.append(R"(,"submittedAt":)").append(jsonTimeText(o.submittedAt));
    out.append('}');
    return out;
}

QByteArray encodeResponse(const Response &r)
{
    QByteArray out;
    out.append('{');
    if (!r.ok) {
        out.append(R"("error":{"code":)").append(jsonString(errorCodeName(r.error.code)));
        out.append(R"(,"message":)").append(jsonString(r.error.message)).append("},");
    }
    out.append(R"("id":)").append(r.id.isString() ? jsonString(r.id.toString()) : QByteArray("null"));
    out.append(r.ok ? R"(,"ok":true,"result":)" : R"(,"ok":false)");
    if (r.ok)
        out.append(r.resultJson.isEmpty() ? encodeFrame(r.result) : r.resultJson);
    out.append(R"(,"serverTime":)").append(jsonString(isoFromMillis(r.serverTime)));
    out.append(R"(,"type":"res"})");
    return out;
}

} // namespace presso

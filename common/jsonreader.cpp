#include "jsonreader.h"

#include <cmath>

namespace presso {

QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

JsonReader::JsonReader(const QJsonObject &object, QString path)
    : m_object(object)
    , m_path(std::move(path))
{
}

bool JsonReader::has(const QString &key) const
{
    const auto it = m_object.constFind(key);
    return it != m_object.constEnd() && !it->isNull();
}

QString JsonReader::path(const QString &key) const
{
    return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
}

void JsonReader::fail(const QString &key, const QString &problem)
{
    if (!m_error)
        m_error = badRequest(path(key) + QStringLiteral(": ") + problem);
}

std::optional<QJsonValue> JsonReader::take(const QString &key, bool required)
{
    const auto it = m_object.constFind(key);
    if (it == m_object.constEnd() || it->isNull()) {
        if (required)
            fail(key, QStringLiteral("is required"));
        return std::nullopt;
    }
    return *it;
}

static QString expected(const QString &what, const QJsonValue &got)
{
    return QStringLiteral("expected %1, got %2").arg(what, jsonTypeName(got));
}

std::optional<QString> JsonReader::optString(const QString &key, int maxLength)
{
    const auto v = take(key, false);
    if (!v)
        return std::nullopt;
    if (!v->isString()) {
        fail(key, expected(QStringLiteral("a string"), *v));
        return std::nullopt;
    }
    QString s = v->toString();
    if (s.size() > maxLength) {
        fail(key, QStringLiteral("longer than %1 characters").arg(maxLength));
        return std::nullopt;
    }
    return s;
}

QString JsonReader::string(const QString &key, int maxLength)
{
    if (!has(key)) {
        fail(key, QStringLiteral("is required"));
        return {};
    }
    return optString(key, maxLength).value_or(QString());
}

std::optional<int> JsonReader::optInteger(const QString &key, int min, int max)
{
    const auto v = take(key, false);
    if (!v)
        return std::nullopt;
    const double d = v->toDouble(std::nan(""));
    if (!v->isDouble() || d != std::floor(d)) {
        fail(key, expected(QStringLiteral("an integer"), *v));
        return std::nullopt;
    }
    if (d < min || d > max) {
        fail(key, QStringLiteral("must be between %1 and %2").arg(min).arg(max));
        return std::nullopt;
    }
    return static_cast<int>(d);
}

int JsonReader::integer(const QString &key, int min, int max)
{
    if (!has(key)) {
        fail(key, QStringLiteral("is required"));
        return 0;
    }
    return optInteger(key, min, max).value_or(0);
}

qint64 JsonReader::integer64(const QString &key, qint64 min, qint64 max)
{
    const auto v = take(key, true);
    if (!v)
        return 0;
    const double d = v->toDouble(std::nan(""));
    if (!v->isDouble() || d != std::floor(d)) {
        fail(key, expected(QStringLiteral("an integer"), *v));
        return 0;
    }
    if (d < static_cast<double>(min) || d > static_cast<double>(max)) {
        fail(key, QStringLiteral("must be between %1 and %2").arg(min).arg(max));
        return 0;
    }
    return static_cast<qint64>(d);
}

bool JsonReader::boolean(const QString &key)
{
    const auto v = take(key, true);
    if (!v)
        return false;
    if (!v->isBool()) {
        fail(key, expected(QStringLiteral("a boolean"), *v));
        return false;
    }
    return v->toBool();
}

QJsonArray JsonReader::array(const QString &key, int maxItems)
{
    const auto v = take(key, true);
    if (!v)
        return {};
    if (!v->isArray()) {
        fail(key, expected(QStringLiteral("an array"), *v));
        return {};
    }
    const QJsonArray a = v->toArray();
    if (a.size() > maxItems) {
        fail(key, QStringLiteral("more than %1 items").arg(maxItems));
        return {};
    }
    return a;
}

QStringList JsonReader::stringList(const QString &key, int maxItems, int maxLength)
{
    const QJsonArray a = array(key, maxItems);
    QStringList out;
    for (qsizetype i = 0; i < a.size() && ok(); ++i) {
        const QString item = QStringLiteral("%1[%2]").arg(key).arg(i);
        if (!a.at(i).isString())
            fail(item, expected(QStringLiteral("a string"), a.at(i)));
        else if (a.at(i).toString().size() > maxLength)
            fail(item, QStringLiteral("longer than %1 characters").arg(maxLength));
        else
            out.append(a.at(i).toString());
    }
    return ok() ? out : QStringList();
}

QJsonObject JsonReader::object(const QString &key)
{
    const auto v = take(key, true);
    if (!v)
        return {};
    if (!v->isObject()) {
        fail(key, expected(QStringLiteral("an object"), *v));
        return {};
    }
    return v->toObject();
}

std::optional<Millis> JsonReader::optTime(const QString &key)
{
    const auto s = optString(key, 40);
    if (!s)
        return std::nullopt;
    const auto ms = millisFromIso(*s);
    if (!ms)
        fail(key, QStringLiteral("expected an ISO-8601 UTC timestamp"));
    return ms;
}

Millis JsonReader::time(const QString &key)
{
    if (!has(key)) {
        fail(key, QStringLiteral("is required"));
        return 0;
    }
    return optTime(key).value_or(0);
}

} // namespace presso

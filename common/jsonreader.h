#pragma once

#include "result.h"
#include "timeutil.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <optional>

namespace presso {

// Reads typed fields out of untrusted JSON. The first problem is kept with the path
// of the field ("args.modifiers[2]: expected a string"), and every later read returns
// a default, so a decoder reads all its fields and checks ok() once at the end.
class JsonReader
{
public:
    JsonReader(const QJsonObject &object, QString path);

    bool has(const QString &key) const;

    QString string(const QString &key, int maxLength);
    std::optional<QString> optString(const QString &key, int maxLength);
    int integer(const QString &key, int min, int max);
    std::optional<int> optInteger(const QString &key, int min, int max);
    qint64 integer64(const QString &key, qint64 min, qint64 max);
    bool boolean(const QString &key);
    QStringList stringList(const QString &key, int maxItems, int maxLength);
    QJsonObject object(const QString &key);
    QJsonArray array(const QString &key, int maxItems);
    std::optional<Millis> optTime(const QString &key);
    Millis time(const QString &key);

    // Fails the read with a message about key, unless an earlier failure is kept.
    void fail(const QString &key, const QString &problem);

    bool ok() const { return !m_error; }
    Error error() const { return m_error.value_or(Error{}); }
    QString path(const QString &key) const;

private:
    std::optional<QJsonValue> take(const QString &key, bool required);

    QJsonObject m_object;
    QString m_path;
    std::optional<Error> m_error;
};

// The JSON type name used in error messages ("a string", "null", ...).
QString jsonTypeName(const QJsonValue &value);

} // namespace presso

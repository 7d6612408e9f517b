#pragma once

#include "clock.h"

#include <QJsonDocument>
#include <QString>
#include <QVariant>
#include <optional>

// How SqlStorage's values are bound and read, the same for every dialect.
namespace presso::sqlvalues {

// A null QString binds as SQL NULL; the text columns are NOT NULL with '' for "none".
inline QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

// JSON goes into text columns as text: a QByteArray would bind as a BLOB (bytea).
inline QString json(const QJsonDocument &doc)
{
    return QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
}

inline QVariant opt(const std::optional<Millis> &v)
{
    return v ? QVariant(*v) : QVariant();
}

inline std::optional<Millis> optMillis(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<Millis>(v.toLongLong());
}

} // namespace presso::sqlvalues

#pragma once

#include "storage.h"

namespace presso {

// Today's figures for stats.get: per-drink counts and preparation times, orders per hour.
QJsonObject dayStats(const QString &day, const QList<OrderRecord> &orders);

} // namespace presso

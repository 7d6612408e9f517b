#pragma once

#include "storage.h"

#include <QJsonValue>

namespace presso {

// One line per device for `device list`. Never shows a token or its hash.
QString deviceLine(const DeviceRecord &device);
// One line per shop for `shop list`: id, name, when it was made.
QString shopLine(const ShopRecord &shop);
// One line per event for `events tail` and `journey`: seq, time, type, a summary.
QString eventLine(const StoredEvent &event);
// "Order 12 (Ana): Latte, Oat: COMPLETED".
QString orderHeadline(const Order &order);
// A command-line value of setting key as JSON: true/false, an integer, or else the text;
// for `languages`, a list separated by commas ("de,en"; "" for none).
QJsonValue settingValue(const QString &key, const QString &text);

} // namespace presso

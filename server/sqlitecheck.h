#pragma once

#include <QSqlDatabase>

namespace presso {

// The check of a SQLite store after the last server was cut off, bounded so that
// start-up does not grow with the shop's history: quick_check of every table but the
// events and the orders; the newest `rows` orders found again through their indexes and
// the open ones read; the events' two ends (the newest, which the last commits and
// checkpoint wrote; the oldest, where retention deletes) read whole, gap-free, with their
// index entries.
// What it gives up is in docs/reliability.md ("Start-up check").
// Throws StorageError saying what is damaged.
void checkRecentWrites(QSqlDatabase &db, int rows = 10'000);

} // namespace presso

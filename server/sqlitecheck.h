#pragma once

#include <QSqlDatabase>

namespace presso {

// The check of a SQLite store after the last server was cut off, bounded so that
// start-up does not grow with the shop's history: quick_check of every table but the
// events and the orders; the newest `orderRows` orders (two busy days: the rows a day's
// updates touch) found again through their indexes, and the open ones read; the
// `eventRows` newest events (more than one WAL checkpoint of 1,000 pages holds: what the
// last commits and checkpoint wrote) and as many oldest (where retention deletes) read
// whole, gap-free, with their index entries.
// What it gives up is in docs/reliability.md ("Start-up check").
// Throws StorageError saying what is damaged.
void checkRecentWrites(QSqlDatabase &db, int eventRows = 10'000, int orderRows = 2'000);

} // namespace presso

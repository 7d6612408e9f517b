#pragma once

#include "storage.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace presso {

class SqliteStorage;

// The presso-server verbs that look after the store as a whole: backup, restore and
// the event archive, and the archive's part of `events tail` and `journey`.

// What the command line prints, and its errors ("presso-server: ..." on stderr, 1).
QTextStream &cliOut();
int cliFail(const QString &message);

// backup FILE | backup DIR --keep N
int backupCommand(const QStringList &args, const QCommandLineParser &p, SqliteStorage &storage);
// restore FILE: refused while a server holds the store's lock.
int restoreCommand(const QStringList &args, const QString &dataDir);
// events archive [--older-than DAYS]
int archiveCommand(const QCommandLineParser &p, const QString &dataDir);

struct Services;
// shop add ID --name NAME | shop list
int shopCommand(const QStringList &args, const QCommandLineParser &p, Services &services);
// Every event of an order, the archived ones first.
QList<StoredEvent> orderHistory(EventsStore &storage, const QString &dataDir, const OrderId &id);
// The archived events after afterSeq that the live log no longer holds.
QList<StoredEvent> archivedSince(EventsStore &storage, const QString &dataDir, qint64 afterSeq);

} // namespace presso

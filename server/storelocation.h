#pragma once

#include <QString>

namespace presso {

// Which store a presso-server command acts on when --data-dir is not given. A forgotten
// --data-dir must never quietly create a new, empty store beside the shop's.
struct StoreQuery
{
    QString explicitDir;       // --data-dir, or empty
    QString serviceDir;        // the service's data directory (/var/lib/presso)
    QString userDir;           // this user's own store, for development
    bool serviceDirExists = false;
    bool privileged = false;   // root or the service's user
};

struct StoreChoice
{
    QString dir;               // empty when refused
    bool isServiceStore = false;
    QString note;              // what to tell the user on stderr, if anything
    QString refusal;           // why no store was chosen
};

// --data-dir wins. Otherwise the service's store where it exists, for root and the
// service user only (anyone else is refused, not handed an empty store); on a machine
// without the service, the user's own store, named in the note.
StoreChoice chooseStore(const StoreQuery &query);

// The query for this process: its user, the compiled-in service directory, and the
// user's application data directory.
StoreQuery storeQueryForThisProcess(const QString &explicitDir);

// Root acting on the service's store becomes the service user first, so that every
// file it creates (the database's journal, backups, archives) stays the service's,
// readable by no one else. Returns false with *error set when that fails.
bool becomeServiceUser(QString *error);

// The database file of a data directory.
QString storeFileIn(const QString &dataDir);

inline constexpr char kServiceUser[] = "presso";

} // namespace presso

#pragma once

#include <QtGlobal>
#include <random>

namespace presso::test {

// A power cut for SQLite, as SQLite's own crash tests make one: a VFS shim over the
// system's default VFS, registered as the default in the test process (Debian's Qt
// SQLite driver uses the system libsqlite3, so the server's store goes through it).
//
// It passes every call through and remembers, per file, what each write and truncate
// since that file's last sync replaced. armAfter(n) makes the n-th write, truncate or
// sync from then on the moment the power goes: that call and every later one fails,
// as if the machine had stopped. Once the store is closed, restore() leaves the files
// as a disk might after the cut: each write not yet synced is kept, lost, or torn
// (some of its 512-byte sectors written, some not), in any combination and order.
//
// Out of its reach: the directory entries of files made since the last directory sync
// (they are assumed kept) and the shared-memory index (SQLite rebuilds it on open).
class PowerCut
{
public:
    // Registers the shim as the default VFS; once per process, before any store opens.
    static void install();

    // The power goes at the n-th write, truncate or sync from now (n >= 1).
    static void armAfter(qint64 n);
    // Counts the writes, truncates and syncs from now without cutting.
    static void count();
    static bool hasCut();
    // Writes, truncates and syncs since armAfter() or count().
    static qint64 operations();

    struct Damage
    {
        int kept = 0;
        int lost = 0;
        int torn = 0;
        int files = 0;
    };
    // Call when the store is closed: undoes the unsynced changes, replays a random
    // choice of them, and lets the files be used again.
    static Damage restore(std::mt19937 &random);
};

} // namespace presso::test

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
// The server syncs the WAL on another thread (the WalSyncer): the shim is thread-safe,
// a sync covers only the writes made before it began, and a sync the power cuts short
// fails even if the disk had finished it.
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
    // The power goes at the n-th sync from now made on another thread than the one that
    // installed the shim (the server's WalSyncer), as that sync begins.
    static void armAtOtherThreadSync(qint64 n);
    // Counts the writes, truncates and syncs from now without cutting.
    static void count();
    static bool hasCut();
    // Writes, truncates and syncs since armAfter() or count().
    static qint64 operations();

    // Since install(): syncs made on a thread other than the one that installed the shim
    // (the server's WalSyncer), cuts that fell on such a sync, and cuts that fell on the
    // installing thread while such a sync was under way.
    struct Threads
    {
        qint64 syncs = 0;
        int cutAtSync = 0;
        int cutDuringSync = 0;
    };
    static Threads threads();

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

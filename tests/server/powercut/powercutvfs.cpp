#include "powercutvfs.h"

#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <fcntl.h>
#include <map>
#include <mutex>
#include <stdexcept>
#include <string>
#include <thread>
#include <unistd.h>
#include <vector>

namespace presso::test {

namespace {

constexpr qint64 kSector = 512;

// One change since the file's last sync: what it wrote, and what it replaced.
struct Change
{
    bool truncate = false;
    qint64 offset = 0;   // where the write starts, or the size it truncated to
    std::string before;  // the bytes it replaced (those that existed)
    std::string after;   // the bytes it wrote
};

struct Unsynced
{
    qint64 syncedSize = 0;
    std::vector<Change> changes;
};

// The server syncs the WAL on a thread of its own (WalSyncer): every entry point that
// counts, records or settles holds the lock. A sync runs outside it, so that the other
// thread's writes go on meanwhile, as they do on a real disk.
struct State
{
    std::mutex lock;
    sqlite3_vfs vfs{};
    sqlite3_vfs *real = nullptr;
    std::thread::id mainThread;
    std::map<std::string, Unsynced> files;
    qint64 operations = 0;
    qint64 cutAt = -1; // the operation the power goes at; -1: never
    qint64 cutAtOtherSync = -1; // or the other thread's sync it goes at
    qint64 otherSyncs = 0;      // the other thread's syncs since armed
    bool cut = false;
    int syncing = 0; // syncs under way, on any thread
    PowerCut::Threads threads;
} state;

struct CutFile
{
    sqlite3_file base;
    sqlite3_file *real;
    std::string *path; // null for files that do not outlive the connection
};

sqlite3_file *realOf(sqlite3_file *f)
{
    return reinterpret_cast<CutFile *>(f)->real;
}

// Counts one write, truncate or sync; false once the power is gone. Under the lock.
bool powered(bool sync = false)
{
    if (state.cut)
        return false;
    ++state.operations;
    const bool other = std::this_thread::get_id() != state.mainThread;
    if (sync && other) {
        ++state.threads.syncs;
        ++state.otherSyncs;
    }
    const bool atOtherSync = sync && other && state.cutAtOtherSync > 0 && state.otherSyncs >= state.cutAtOtherSync;
    if ((state.cutAt > 0 && state.operations >= state.cutAt) || atOtherSync) {
        state.cut = true;
        if (sync && other)
            ++state.threads.cutAtSync;
        else if (state.syncing > 0)
            ++state.threads.cutDuringSync;
        return false;
    }
    return true;
}

qint64 sizeOf(sqlite3_file *real)
{
    sqlite3_int64 size = 0;
    real->pMethods->xFileSize(real, &size);
    return size;
}

Unsynced &unsyncedOf(CutFile *f)
{
    Unsynced &u = state.files[*f->path];
    if (u.changes.empty())
        u.syncedSize = sizeOf(f->real);
    return u;
}

std::string readRange(sqlite3_file *real, qint64 offset, qint64 length)
{
    std::string bytes(size_t(length), '\0');
    if (length > 0)
        real->pMethods->xRead(real, bytes.data(), int(length), offset);
    return bytes;
}

int fileClose(sqlite3_file *f)
{
    auto *cf = reinterpret_cast<CutFile *>(f);
    const int rc = cf->real->pMethods ? cf->real->pMethods->xClose(cf->real) : SQLITE_OK;
    delete cf->path;
    cf->path = nullptr;
    return rc;
}

int fileRead(sqlite3_file *f, void *buffer, int amount, sqlite3_int64 offset)
{
    return realOf(f)->pMethods->xRead(realOf(f), buffer, amount, offset);
}

int fileWrite(sqlite3_file *f, const void *buffer, int amount, sqlite3_int64 offset)
{
    auto *cf = reinterpret_cast<CutFile *>(f);
    // Held over the write too: a sync that starts after the change was recorded
    // also finds it written.
    std::lock_guard lock(state.lock);
    if (!powered())
        return SQLITE_IOERR_WRITE;
    if (cf->path) {
        Unsynced &u = unsyncedOf(cf);
        const qint64 existing = std::clamp<qint64>(sizeOf(cf->real) - offset, 0, amount);
        u.changes.push_back({false, offset, readRange(cf->real, offset, existing),
                             std::string(static_cast<const char *>(buffer), size_t(amount))});
    }
    return cf->real->pMethods->xWrite(cf->real, buffer, amount, offset);
}

int fileTruncate(sqlite3_file *f, sqlite3_int64 size)
{
    auto *cf = reinterpret_cast<CutFile *>(f);
    std::lock_guard lock(state.lock);
    if (!powered())
        return SQLITE_IOERR_TRUNCATE;
    if (cf->path) {
        Unsynced &u = unsyncedOf(cf);
        const qint64 now = sizeOf(cf->real);
        u.changes.push_back({true, size, readRange(cf->real, size, std::max<qint64>(0, now - size)), {}});
    }
    return cf->real->pMethods->xTruncate(cf->real, size);
}

// A sync makes durable what was written before it began; writes made meanwhile (on
// another thread) stay unsynced. If the power goes before it returns, it failed.
int fileSync(sqlite3_file *f, int flags)
{
    auto *cf = reinterpret_cast<CutFile *>(f);
    size_t covered = 0;
    qint64 sizeAtStart = 0;
    {
        std::lock_guard lock(state.lock);
        if (!powered(true))
            return SQLITE_IOERR_FSYNC;
        ++state.syncing;
        if (cf->path) {
            const auto it = state.files.find(*cf->path);
            covered = it == state.files.end() ? 0 : it->second.changes.size();
            sizeAtStart = sizeOf(cf->real);
        }
    }
    const int rc = cf->real->pMethods->xSync(cf->real, flags);
    std::lock_guard lock(state.lock);
    --state.syncing;
    if (state.cut)
        return SQLITE_IOERR_FSYNC;
    if (rc != SQLITE_OK || !cf->path)
        return rc;
    const auto it = state.files.find(*cf->path);
    if (it == state.files.end())
        return rc;
    Unsynced &u = it->second;
    u.changes.erase(u.changes.begin(), u.changes.begin() + std::ptrdiff_t(std::min(covered, u.changes.size())));
    if (u.changes.empty())
        state.files.erase(it);
    else
        u.syncedSize = sizeAtStart;
    return rc;
}

int fileSize(sqlite3_file *f, sqlite3_int64 *size)
{
    return realOf(f)->pMethods->xFileSize(realOf(f), size);
}
int fileLock(sqlite3_file *f, int level)
{
    return realOf(f)->pMethods->xLock(realOf(f), level);
}
int fileUnlock(sqlite3_file *f, int level)
{
    return realOf(f)->pMethods->xUnlock(realOf(f), level);
}
int fileCheckReserved(sqlite3_file *f, int *out)
{
    return realOf(f)->pMethods->xCheckReservedLock(realOf(f), out);
}
int fileControl(sqlite3_file *f, int op, void *arg)
{
    return realOf(f)->pMethods->xFileControl(realOf(f), op, arg);
}
int fileSectorSize(sqlite3_file *f)
{
    return realOf(f)->pMethods->xSectorSize(realOf(f));
}
int fileCharacteristics(sqlite3_file *f)
{
    return realOf(f)->pMethods->xDeviceCharacteristics(realOf(f));
}
int shmMap(sqlite3_file *f, int page, int pageSize, int extend, void volatile **out)
{
    return realOf(f)->pMethods->xShmMap(realOf(f), page, pageSize, extend, out);
}
int shmLock(sqlite3_file *f, int offset, int n, int flags)
{
    return realOf(f)->pMethods->xShmLock(realOf(f), offset, n, flags);
}
void shmBarrier(sqlite3_file *f)
{
    realOf(f)->pMethods->xShmBarrier(realOf(f));
}
int shmUnmap(sqlite3_file *f, int deleteFlag)
{
    return realOf(f)->pMethods->xShmUnmap(realOf(f), deleteFlag);
}

// Version 2: shared memory for WAL, but no memory-mapped reads, which would bypass us.
const sqlite3_io_methods kMethods = {
    2, fileClose, fileRead, fileWrite, fileTruncate, fileSync, fileSize, fileLock, fileUnlock,
    fileCheckReserved, fileControl, fileSectorSize, fileCharacteristics,
    shmMap, shmLock, shmBarrier, shmUnmap, nullptr, nullptr,
};

int vfsOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *f, int flags, int *outFlags)
{
    auto *cf = reinterpret_cast<CutFile *>(f);
    cf->base.pMethods = nullptr;
    cf->real = reinterpret_cast<sqlite3_file *>(cf + 1);
    cf->path = nullptr;
    const int rc = state.real->xOpen(state.real, name, cf->real, flags, outFlags);
    if (rc != SQLITE_OK)
        return rc;
    constexpr int kept = SQLITE_OPEN_MAIN_DB | SQLITE_OPEN_WAL | SQLITE_OPEN_MAIN_JOURNAL;
    if (name && (flags & kept))
        cf->path = new std::string(name);
    cf->base.pMethods = &kMethods;
    return SQLITE_OK;
}

int vfsDelete(sqlite3_vfs *, const char *name, int syncDir)
{
    std::lock_guard lock(state.lock);
    if (state.cut)
        return SQLITE_IOERR_DELETE;
    state.files.erase(name);
    return state.real->xDelete(state.real, name, syncDir);
}

void writeAt(int fd, const std::string &bytes, qint64 offset)
{
    if (!bytes.empty() && ::pwrite(fd, bytes.data(), bytes.size(), offset) != ssize_t(bytes.size()))
        throw std::runtime_error("power cut: cannot restore a file");
}

// Leaves one file as the disk might have it: the synced state, then each change kept,
// lost or torn.
void settle(const std::string &path, const Unsynced &u, std::mt19937 &random, PowerCut::Damage &damage)
{
    const int fd = ::open(path.c_str(), O_RDWR);
    if (fd < 0)
        return; // deleted before the cut
    for (auto c = u.changes.rbegin(); c != u.changes.rend(); ++c)
        writeAt(fd, c->before, c->offset);
    if (::ftruncate(fd, u.syncedSize) != 0)
        throw std::runtime_error("power cut: cannot truncate a file");
    std::uniform_int_distribution<int> fate(0, 2);
    std::bernoulli_distribution coin(0.5);
    for (const Change &c : u.changes) {
        const int f = fate(random);
        if (f == 1) {
            ++damage.lost;
            continue;
        }
        if (c.truncate) {
            ++damage.kept;
            if (::ftruncate(fd, c.offset) != 0)
                throw std::runtime_error("power cut: cannot truncate a file");
            continue;
        }
        if (f == 0) {
            ++damage.kept;
            writeAt(fd, c.after, c.offset);
            continue;
        }
        ++damage.torn;
        for (qint64 at = 0; at < qint64(c.after.size()); at += kSector) {
            if (coin(random))
                writeAt(fd, c.after.substr(size_t(at), size_t(kSector)), c.offset + at);
        }
    }
    ::close(fd);
    ++damage.files;
}

} // namespace

void PowerCut::install()
{
    if (state.real)
        return;
    state.real = sqlite3_vfs_find(nullptr);
    state.mainThread = std::this_thread::get_id();
    if (!state.real)
        throw std::runtime_error("no default SQLite VFS");
    std::memcpy(&state.vfs, state.real, sizeof(sqlite3_vfs));
    state.vfs.szOsFile = int(sizeof(CutFile)) + state.real->szOsFile;
    state.vfs.zName = "presso-powercut";
    state.vfs.pNext = nullptr;
    state.vfs.xOpen = vfsOpen;
    state.vfs.xDelete = vfsDelete;
    if (sqlite3_vfs_register(&state.vfs, 1) != SQLITE_OK)
        throw std::runtime_error("cannot register the power-cut VFS");
}

void PowerCut::armAfter(qint64 n)
{
    std::lock_guard lock(state.lock);
    state.operations = 0;
    state.otherSyncs = 0;
    state.cutAt = n;
    state.cutAtOtherSync = -1;
    state.cut = false;
}

void PowerCut::armAtOtherThreadSync(qint64 n)
{
    armAfter(-1);
    std::lock_guard lock(state.lock);
    state.cutAtOtherSync = n;
}

void PowerCut::count()
{
    armAfter(-1);
}

bool PowerCut::hasCut()
{
    std::lock_guard lock(state.lock);
    return state.cut;
}

qint64 PowerCut::operations()
{
    std::lock_guard lock(state.lock);
    return state.operations;
}

PowerCut::Threads PowerCut::threads()
{
    std::lock_guard lock(state.lock);
    return state.threads;
}

PowerCut::Damage PowerCut::restore(std::mt19937 &random)
{
    std::unique_lock lock(state.lock);
    Damage damage;
    for (const auto &[path, unsynced] : state.files)
        settle(path, unsynced, random, damage);
    state.files.clear();
    lock.unlock();
    count();
    return damage;
}

} // namespace presso::test

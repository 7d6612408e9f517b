#pragma once

#include <QObject>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

struct sqlite3_file;

namespace presso {

// Syncs SQLite's write-ahead log on a thread of its own, so that the server runs the
// next batch while the last one's fsync is under way, and tells the event loop, in
// commit order, when what was committed is durable.
//
// With synchronous=NORMAL a WAL commit writes its frames but does not sync them. After
// each commit the owner calls committed(wal): the thread syncs the WAL file, and every
// callback given to whenDurable() up to that commit then runs on the owner's thread,
// oldest first. One sync covers every frame written before it began: WAL frames are
// appended in order, so a power cut that loses a commit loses every later one too (WAL
// recovery keeps a checksummed prefix), and a commit never counts as durable before a
// sync that covers it has finished. A sync that fails makes every waiting and every
// later commit count as not durable: after a failed fsync nothing says what reached
// the disk.
class WalSyncer : public QObject
{
public:
    WalSyncer();
    // Waits for a sync under way; callbacks still waiting are dropped, not called.
    ~WalSyncer() override;

    // After a commit, on the owner's thread: the WAL file (it stays open as long as the
    // connection does) now holds frames that the next sync must cover.
    void committed(sqlite3_file *wal);
    // Runs then(true) once every commit so far is synced, or then(false) if a sync
    // failed; at once when that is already so and nothing waits before it.
    void whenDurable(std::function<void(bool durable)> then);
    // Blocks until every commit so far is synced, then runs the waiting callbacks.
    void settle();
    // A sync failed: nothing committed from then on is durable.
    bool failed() const;
    // Callbacks waiting for a sync.
    qsizetype waiting() const;

    // For tests: while held, no sync starts (one under way finishes; settle() still
    // gets its sync), so a test sees what the server does while its commits wait.
    void hold(bool held);

private:
    void loop();
    // Runs the callbacks whose commits are synced, in order; not reentrant.
    void flush();

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;   // the thread: a sync to do, a release, or stop
    std::condition_variable m_done;   // settle(): a sync finished
    sqlite3_file *m_wal = nullptr;
    quint64 m_requested = 0; // commits handed over
    quint64 m_synced = 0;    // commits covered by a sync that succeeded
    bool m_failed = false;
    bool m_held = false;
    bool m_stop = false;
    bool m_settling = false; // settle() waits: a hold does not stop the thread
    bool m_flushing = false;
    struct Waiting
    {
        quint64 commit;
        std::function<void(bool)> then;
    };
    std::deque<Waiting> m_waiting;
    std::thread m_thread;
};

} // namespace presso

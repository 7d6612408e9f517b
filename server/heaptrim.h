#pragma once

#include <QtGlobal>

namespace presso {

// Gives the heap's free pages back to the system once a burst of connections has
// settled. glibc keeps what a burst freed (the handshakes' buffers, the sessions of the
// clients gone) resident in the middle of the heap until malloc_trim() is called, so a
// server that once held 10,000 screens would go on looking as large as then.
class HeapTrim
{
public:
    // Called once at start: allocations of 16 KiB and more get mappings of their own.
    // QTcpSocket keeps a 32 KiB write chunk for the life of each connection and uses a
    // page or two of it; inside the heap, its other pages are resident wherever earlier
    // allocations had touched them, while in a mapping of its own they never are
    // (20 MB of 220 at 10,000 connections, docs/benchmarks.md). MALLOC_MMAP_THRESHOLD_
    // in the environment, if set, wins.
    static void mapLargeAllocations();
    // Called about once a second with the connections open.
    void tick(qsizetype connections);
    int trims() const { return m_trims; }

    // A burst: the connections open changed by this many since the last trim.
    static constexpr qsizetype kBurst = 500;
    // Settled: they changed by fewer than this since the last tick.
    static constexpr qsizetype kSettled = 20;

private:
    qsizetype m_last = 0;
    qsizetype m_trimmedAt = 0;
    int m_trims = 0;
};

} // namespace presso

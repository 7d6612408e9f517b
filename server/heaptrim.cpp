#include "heaptrim.h"

#include <QtGlobal>
#include <cstdlib>
#include <malloc.h>

namespace presso {

void HeapTrim::mapLargeAllocations()
{
    constexpr int kThreshold = 16 * 1024;
    if (!qEnvironmentVariableIsSet("MALLOC_MMAP_THRESHOLD_"))
        ::mallopt(M_MMAP_THRESHOLD, kThreshold);
}

void HeapTrim::tick(qsizetype connections)
{
    const bool settled = std::abs(connections - m_last) < kSettled;
    m_last = connections;
    if (!settled || std::abs(connections - m_trimmedAt) < kBurst)
        return;
    m_trimmedAt = connections;
    ++m_trims;
    ::malloc_trim(0);
}

} // namespace presso

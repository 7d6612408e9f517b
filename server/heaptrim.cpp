#include "heaptrim.h"

#include <cstdlib>
#include <malloc.h>

namespace presso {

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

#pragma once

#include <algorithm>
#include <cstddef>
#include <vector>

namespace presso::bench {

// The sample a share p of the sorted samples lie at or below (nearest rank); 0 for none.
inline double percentile(const std::vector<double> &sorted, double p)
{
    if (sorted.empty())
        return 0;
    return sorted[std::min(sorted.size() - 1, std::size_t(p * double(sorted.size())))];
}

} // namespace presso::bench

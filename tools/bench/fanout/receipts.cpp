#include "receipts.h"

#include "../percentile.h"

#include <algorithm>
#include <cstdio>

namespace presso::bench {

namespace {
double millis(SteadyClock::duration d)
{
    return std::chrono::duration<double, std::milli>(d).count();
}
} // namespace

void Receipts::begin()
{
    std::fill(m_got.begin(), m_got.end(), 0);
    m_count = 0;
    m_start = SteadyClock::now();
}

void Receipts::received(int subscriber)
{
    if (subscriber < 0 || std::size_t(subscriber) >= m_got.size() || m_got[std::size_t(subscriber)])
        return;
    m_got[std::size_t(subscriber)] = 1;
    m_last = SteadyClock::now();
    if (m_count++ == 0)
        m_first = m_last;
}

FanoutSample Receipts::sample() const
{
    return {millis(m_last - m_start), millis(m_last - m_first)};
}

FanoutSummary summarize(std::vector<FanoutSample> samples)
{
    std::vector<double> last, spread;
    for (const auto &s : samples) {
        last.push_back(s.lastMs);
        spread.push_back(s.spreadMs);
    }
    std::sort(last.begin(), last.end());
    std::sort(spread.begin(), spread.end());
    FanoutSummary out;
    out.p50 = percentile(last, 0.50);
    out.p99 = percentile(last, 0.99);
    out.max = last.empty() ? 0 : last.back();
    out.spreadP50 = percentile(spread, 0.50);
    out.spreadP99 = percentile(spread, 0.99);
    return out;
}

std::string describe(const std::string &name, const FanoutSummary &s)
{
    char line[256];
    std::snprintf(line, sizeof line, "%-16s last receipt p50 %6.2f  p99 %6.2f  max %6.2f ms   first-to-last p50 %6.2f  p99 %6.2f ms",
                  name.c_str(), s.p50, s.p99, s.max, s.spreadP50, s.spreadP99);
    return line;
}

std::string toJson(const FanoutSummary &s)
{
    char text[256];
    std::snprintf(text, sizeof text,
                  R"({"p50": %.3f, "p99": %.3f, "max": %.3f, "spreadP50": %.3f, "spreadP99": %.3f})",
                  s.p50, s.p99, s.max, s.spreadP50, s.spreadP99);
    return text;
}

} // namespace presso::bench

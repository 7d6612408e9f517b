#pragma once
// Receipts: when each subscriber got one round's message, and the figures drawn from it.
#include <chrono>
#include <string>
#include <vector>

namespace presso::bench {

using SteadyClock = std::chrono::steady_clock;

struct FanoutSample
{
    double lastMs = 0;   // publish → the last subscriber has it
    double spreadMs = 0; // the first subscriber has it → the last has it
};

class Receipts
{
public:
    explicit Receipts(int subscribers) : m_got(std::size_t(subscribers), 0) {}

    void begin();
    void received(int subscriber);
    bool complete() const { return m_count == int(m_got.size()); }
    int count() const { return m_count; }
    FanoutSample sample() const;

private:
    std::vector<char> m_got;
    int m_count = 0;
    SteadyClock::time_point m_start, m_first, m_last;
};

struct FanoutSummary
{
    double p50 = 0, p99 = 0, max = 0, spreadP50 = 0, spreadP99 = 0;
};

FanoutSummary summarize(std::vector<FanoutSample> samples);
std::string describe(const std::string &name, const FanoutSummary &s);
// The summary as a JSON object, for build/bench/*.json.
std::string toJson(const FanoutSummary &s);

} // namespace presso::bench

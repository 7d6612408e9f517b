#include "latency.h"

#include <QStringList>
#include <algorithm>
#include <cmath>

namespace presso::robot {

LatencyRecorder::Summary LatencyRecorder::summary(const QString &name) const
{
    std::vector<double> v = m_samples.value(name);
    Summary s;
    s.count = qsizetype(v.size());
    if (v.empty())
        return s;
    std::sort(v.begin(), v.end());
    auto at = [&](double q) { return v[std::min(v.size() - 1, size_t(std::ceil(q * double(v.size()))) - 1)]; };
    s.p50 = at(0.50);
    s.p95 = at(0.95);
    s.p99 = at(0.99);
    s.max = v.back();
    return s;
}

QJsonObject LatencyRecorder::toJson() const
{
    QJsonObject out;
    for (auto it = m_samples.constBegin(); it != m_samples.constEnd(); ++it) {
        const Summary s = summary(it.key());
        out.insert(it.key(), QJsonObject{{QStringLiteral("count"), s.count},
                                         {QStringLiteral("p50"), s.p50},
                                         {QStringLiteral("p95"), s.p95},
                                         {QStringLiteral("p99"), s.p99},
                                         {QStringLiteral("max"), s.max}});
    }
    return out;
}

QString LatencyRecorder::toText() const
{
    QStringList names = m_samples.keys();
    names.sort();
    QStringList lines;
    lines << QStringLiteral("  %1 %2 %3 %4 %5 %6")
                 .arg(QStringLiteral("ms"), -34)
                 .arg(QStringLiteral("count"), 8)
                 .arg(QStringLiteral("p50"), 8)
                 .arg(QStringLiteral("p95"), 8)
                 .arg(QStringLiteral("p99"), 8)
                 .arg(QStringLiteral("max"), 8);
    for (const QString &name : names) {
        const Summary s = summary(name);
        lines << QStringLiteral("  %1 %2 %3 %4 %5 %6")
                     .arg(name, -34)
                     .arg(s.count, 8)
                     .arg(s.p50, 8, 'f', 2)
                     .arg(s.p95, 8, 'f', 2)
                     .arg(s.p99, 8, 'f', 2)
                     .arg(s.max, 8, 'f', 2);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace presso::robot

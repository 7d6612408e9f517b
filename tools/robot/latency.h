#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <vector>

namespace presso::robot {

// Collects samples in milliseconds under a name and reports p50/p95/p99/max.
class LatencyRecorder
{
public:
    void add(const QString &name, double ms) { m_samples[name].push_back(ms); }
    QJsonObject toJson() const;
    QString toText() const;
    qsizetype count(const QString &name) const { return m_samples.value(name).size(); }

    struct Summary
    {
        qsizetype count = 0;
        double p50 = 0, p95 = 0, p99 = 0, max = 0;
    };
    Summary summary(const QString &name) const;

private:
    QHash<QString, std::vector<double>> m_samples;
};

} // namespace presso::robot

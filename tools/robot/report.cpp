#include "report.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace presso::robot {

QJsonObject buildReport(RobotRun &run, double seconds, int started, int refused, const QStringList &problems)
{
    QMap<QString, int> ends;
    for (const Journey &j : std::as_const(run.journeys()))
        ++ends[j.terminalEvents.value(0, QStringLiteral("unfinished"))];
    QJsonObject endCounts;
    for (auto it = ends.constBegin(); it != ends.constEnd(); ++it)
        endCounts.insert(it.key(), it.value());
    QJsonObject errors;
    for (auto it = run.errors().constBegin(); it != run.errors().constEnd(); ++it)
        errors.insert(it.key(), it.value());
    const int completed = ends.value(eventTypeName(EventType::OrderCompleted));
    return QJsonObject{
        {QStringLiteral("seconds"), seconds},
        {QStringLiteral("ordersStarted"), started},
        {QStringLiteral("redeemsRefused"), refused},
        {QStringLiteral("ends"), endCounts},
        {QStringLiteral("journeysPerSecond"), seconds > 0 ? double(started) / seconds : 0.0},
        {QStringLiteral("completedPerSecond"), seconds > 0 ? double(completed) / seconds : 0.0},
        {QStringLiteral("latencyMs"), run.latency().toJson()},
        {QStringLiteral("errors"), errors},
        {QStringLiteral("problems"), QJsonArray::fromStringList(problems)},
        {QStringLiteral("ok"), problems.isEmpty()},
    };
}

void printReport(const QJsonObject &r)
{
    QTextStream out(stdout);
    out << "presso-robot report\n";
    out << QStringLiteral("  %1 orders started in %2 s (%3 journeys/s), %4 redeems refused\n")
               .arg(r.value(QStringLiteral("ordersStarted")).toInt())
               .arg(r.value(QStringLiteral("seconds")).toDouble(), 0, 'f', 1)
               .arg(r.value(QStringLiteral("journeysPerSecond")).toDouble(), 0, 'f', 1)
               .arg(r.value(QStringLiteral("redeemsRefused")).toInt());
    const QJsonObject ends = r.value(QStringLiteral("ends")).toObject();
    for (auto it = ends.constBegin(); it != ends.constEnd(); ++it)
        out << "  " << it.key() << ": " << it.value().toInt() << "\n";
    out << "latency:\n";
    const QJsonObject lat = r.value(QStringLiteral("latencyMs")).toObject();
    QStringList names = lat.keys();
    names.sort();
    out << QStringLiteral("  %1 %2 %3 %4 %5 %6\n").arg(QStringLiteral("ms"), -24).arg(QStringLiteral("count"), 8)
               .arg(QStringLiteral("p50"), 8).arg(QStringLiteral("p95"), 8).arg(QStringLiteral("p99"), 8).arg(QStringLiteral("max"), 8);
    for (const QString &name : names) {
        const QJsonObject s = lat.value(name).toObject();
        out << QStringLiteral("  %1 %2 %3 %4 %5 %6\n")
                   .arg(name, -24)
                   .arg(s.value(QStringLiteral("count")).toInt(), 8)
                   .arg(s.value(QStringLiteral("p50")).toDouble(), 8, 'f', 2)
                   .arg(s.value(QStringLiteral("p95")).toDouble(), 8, 'f', 2)
                   .arg(s.value(QStringLiteral("p99")).toDouble(), 8, 'f', 2)
                   .arg(s.value(QStringLiteral("max")).toDouble(), 8, 'f', 2);
    }
    const QJsonObject errors = r.value(QStringLiteral("errors")).toObject();
    if (!errors.isEmpty()) {
        out << "errors:\n";
        for (auto it = errors.constBegin(); it != errors.constEnd(); ++it)
            out << "  " << it.key() << ": " << it.value().toInt() << "\n";
    }
    const QJsonArray problems = r.value(QStringLiteral("problems")).toArray();
    out << (problems.isEmpty() ? "checks: all held (no order lost, numbers unique, every client saw every event it may see)\n"
                               : "checks FAILED:\n");
    for (const QJsonValue &p : problems)
        out << "  " << p.toString() << "\n";
    out.flush();
}

bool writeReport(const QJsonObject &report, const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(QJsonDocument(report).toJson()) > 0;
}

} // namespace presso::robot

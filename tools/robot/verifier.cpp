#include "verifier.h"

#include "policy.h"

#include <QSet>

namespace presso::robot {

QStringList checkJourneys(const QHash<QString, Journey> &journeys, const QHash<QString, QString> &serverStates)
{
    static const QHash<QString, QString> stateOf{
        {eventTypeName(EventType::OrderCompleted), QStringLiteral("COMPLETED")},
        {eventTypeName(EventType::OrderCancelled), QStringLiteral("CANCELLED")},
        {eventTypeName(EventType::OrderTimeOut), QStringLiteral("TIMED_OUT")},
    };
    QStringList problems;
    for (const Journey &j : journeys) {
        if (j.terminalEvents.size() != 1) {
            problems << QStringLiteral("order %1 ended %2 times (%3)")
                            .arg(j.orderId).arg(j.terminalEvents.size()).arg(j.terminalEvents.join(QLatin1Char(',')));
            continue;
        }
        const QString expected = stateOf.value(j.terminalEvents.first());
        const QString actual = serverStates.value(j.orderId);
        if (expected != actual)
            problems << QStringLiteral("order %1: the kiosk heard %2 but the server holds %3")
                            .arg(j.orderId, expected, actual.isEmpty() ? QStringLiteral("nothing") : actual);
    }
    return problems;
}

QStringList checkNumbers(const QHash<QString, Journey> &journeys)
{
    QStringList problems;
    QSet<QString> seen;
    for (const Journey &j : journeys) {
        if (!j.number)
            continue;
        const QString key = j.day + QLatin1Char('#') + QString::number(*j.number);
        if (seen.contains(key))
            problems << QStringLiteral("number %1 was given twice on %2").arg(*j.number).arg(j.day);
        seen.insert(key);
    }
    return problems;
}

QStringList checkTraces(const std::vector<std::unique_ptr<ClientTrace>> &traces, const QList<LoggedEvent> &log,
                        qint64 lastSeq, const QHash<QString, Journey> &journeys)
{
    QStringList problems;
    for (const auto &t : traces) {
        if (t->outOfOrder > 0)
            problems << QStringLiteral("%1 saw %2 events out of order").arg(t->name).arg(t->outOfOrder);
        for (qsizetype s = 0; s < t->segments.size(); ++s) {
            const ClientTrace::Segment &seg = t->segments.at(s);
            const qint64 end = s + 1 < t->segments.size() ? t->segments.at(s + 1).from : lastSeq;
            QList<qint64> expected;
            for (const LoggedEvent &e : log) {
                if (e.seq <= seg.from || e.seq > end)
                    continue;
                const auto j = journeys.constFind(e.orderId);
                const bool owner = j != journeys.constEnd() && j->kiosk == t->device;
                if (policy::mayReceive(e.type, t->role, owner))
                    expected.append(e.seq);
            }
            QList<qint64> seen;
            for (qint64 seq : seg.seen) {
                if (seq <= end)
                    seen.append(seq);
            }
            // A segment that a snapshot ended (the link dropped, and the next hello did not
            // resume) may stop early: the snapshot covers its tail. It may not have holes.
            const bool last = s + 1 == t->segments.size();
            if (!last && seen.size() <= expected.size())
                expected = expected.mid(0, seen.size());
            if (seen != expected) {
                qsizetype i = 0;
                while (i < seen.size() && i < expected.size() && seen.at(i) == expected.at(i))
                    ++i;
                problems << QStringLiteral("%1 saw %2 of %3 events after seq %4; first difference at seq %5")
                                .arg(t->name).arg(seen.size()).arg(expected.size()).arg(seg.from)
                                .arg(i < expected.size() ? expected.at(i) : seen.value(i));
            }
        }
    }
    return problems;
}

} // namespace presso::robot

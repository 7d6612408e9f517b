#pragma once

#include "robotrun.h"

namespace presso::robot {

// One event of the server's log, as much as the checks need.
struct LoggedEvent
{
    qint64 seq = 0;
    EventType type = EventType::ConfigChanged;
    QString orderId;
};

// The end-of-run checks. Each returns the problems it found, in words; none is good.

// Every order ended in exactly one terminal state, the one the server holds.
QStringList checkJourneys(const QHash<QString, Journey> &journeys, const QHash<QString, QString> &serverStates);
// No order number was given twice on one day.
QStringList checkNumbers(const QHash<QString, Journey> &journeys);
// Each client saw, in each segment, the events of the log its role may see, in order,
// without a gap: the last segment up to lastSeq; an earlier one, which a snapshot ended,
// up to where it stopped.
QStringList checkTraces(const std::vector<std::unique_ptr<ClientTrace>> &traces,
                        const QList<LoggedEvent> &log, qint64 lastSeq,
                        const QHash<QString, Journey> &journeys);

} // namespace presso::robot

#pragma once

#include "robotrun.h"

namespace presso::robot {

// The run's figures and the problems the checks found, as JSON.
QJsonObject buildReport(RobotRun &run, double seconds, int started, int refused, const QStringList &problems);
// The same for a person, on stdout.
void printReport(const QJsonObject &report);
bool writeReport(const QJsonObject &report, const QString &path);

} // namespace presso::robot

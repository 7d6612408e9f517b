#pragma once

#include <QStringList>

namespace presso::robot {

// presso-robot's command line: parses the options, runs the robot, returns the exit code.
int runRobotCli(const QStringList &arguments);

} // namespace presso::robot

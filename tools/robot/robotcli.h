#pragma once

#include "appoptions.h"
#include "robotrun.h"

#include <QCommandLineParser>
#include <QStringList>
#include <optional>

namespace presso::robot {

// presso-robot's options: the common ones (--server, --token, --ca-cert) and the run's.
class RobotCommandLine
{
public:
    RobotCommandLine();

    QCommandLineParser &parser() { return m_parser; }
    // After parser().process() or parse(): the run asked for, or nullopt with the reason.
    std::optional<RobotConfig> config(QString *error);

private:
    QCommandLineParser m_parser;
    AppOptions m_common;
};

// presso-robot's command line: parses the options, runs the robot, returns the exit code.
int runRobotCli(const QStringList &arguments);

} // namespace presso::robot

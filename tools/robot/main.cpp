// presso-robot: drives a shop at scale. All the work is in presso-robot-core.
#include "robotcli.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("presso"));
    QCoreApplication::setApplicationName(QStringLiteral("presso-robot"));
    return presso::robot::runRobotCli(app.arguments());
}

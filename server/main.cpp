// presso-server: the shop's backend. All the work is in presso-server-core.
#include "cli.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("presso"));
    QCoreApplication::setApplicationName(QStringLiteral("presso-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PRESSO_VERSION));
    return presso::runServerCli(app.arguments());
}

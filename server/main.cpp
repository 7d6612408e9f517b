// presso-server: the shop's backend. All the work is in presso-server-core.
#include "cli.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    // glib's event dispatcher walks a list of every socket notifier each time one is
    // switched, which makes one event to 1,000 screens cost O(n²); Qt's own poll-based
    // dispatcher keeps it linear (docs/benchmarks.md, P3).
    if (qEnvironmentVariableIsEmpty("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("presso"));
    QCoreApplication::setApplicationName(QStringLiteral("presso-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PRESSO_VERSION));
    return presso::runServerCli(app.arguments());
}

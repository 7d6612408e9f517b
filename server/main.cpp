// presso-server: the shop's backend. All the work is in presso-server-core.
#include "cli.h"
#include "epolldispatcher.h"
#include "heaptrim.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    // Qt's own dispatchers poll() every socket on every turn of the loop, so a turn costs
    // what is connected; epoll costs what is ready (docs/benchmarks.md, P3 and P7).
    // PRESSO_EVENT_DISPATCHER=qt keeps Qt's poll dispatcher, to compare. Threads other
    // than the main one keep Qt's, without glib: its notifier list is O(n) a switch.
    if (qEnvironmentVariableIsEmpty("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
    if (qgetenv("PRESSO_EVENT_DISPATCHER") != "qt")
        QCoreApplication::setEventDispatcher(new presso::EpollEventDispatcher);
    presso::HeapTrim::mapLargeAllocations();
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("presso"));
    QCoreApplication::setApplicationName(QStringLiteral("presso-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PRESSO_VERSION));
    return presso::runServerCli(app.arguments());
}

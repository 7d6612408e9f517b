// Linked into every test of the server: the test's main thread runs on the server's own
// event dispatcher, as presso-server's does. PRESSO_EVENT_DISPATCHER=qt keeps Qt's.
#include "epolldispatcher.h"

#include <QCoreApplication>

namespace {
void installEpollDispatcher()
{
    if (qgetenv("PRESSO_EVENT_DISPATCHER") != "qt")
        QCoreApplication::setEventDispatcher(new presso::EpollEventDispatcher);
}
} // namespace

// Before main(), so before QTEST_MAIN makes the application and its dispatcher.
Q_CONSTRUCTOR_FUNCTION(installEpollDispatcher)

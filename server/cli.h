#pragma once

#include <QStringList>

namespace presso {

// The presso-server command line: serve, device, settings, menu, events, journey,
// backup. Returns the process exit code.
int runServerCli(const QStringList &arguments);

} // namespace presso

#pragma once

namespace presso {

// Makes SIGTERM and SIGINT end QCoreApplication::exec() cleanly, through a self-pipe
// (only async-signal-safe work happens in the handler).
void installQuitSignals();

} // namespace presso

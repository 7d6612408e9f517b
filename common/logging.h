#pragma once

#include <QLoggingCategory>

// One logging category per module (presso.<module>).
Q_DECLARE_LOGGING_CATEGORY(lcProtocol)
Q_DECLARE_LOGGING_CATEGORY(lcClient)

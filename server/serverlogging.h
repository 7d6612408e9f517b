#pragma once

#include <QLoggingCategory>

// One logging category per server module (presso.<module>).
Q_DECLARE_LOGGING_CATEGORY(lcStorage)
Q_DECLARE_LOGGING_CATEGORY(lcServer)
Q_DECLARE_LOGGING_CATEGORY(lcValidator)
Q_DECLARE_LOGGING_CATEGORY(lcOrders)
Q_DECLARE_LOGGING_CATEGORY(lcPublisher)
Q_DECLARE_LOGGING_CATEGORY(lcHttp)
// Who connects, whose hello is refused, which devices pair: never a token or a code.
Q_DECLARE_LOGGING_CATEGORY(lcAccess)

#include "serverlogging.h"

Q_LOGGING_CATEGORY(lcStorage, "presso.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcServer, "presso.server", QtInfoMsg)
Q_LOGGING_CATEGORY(lcValidator, "presso.validator", QtInfoMsg)
Q_LOGGING_CATEGORY(lcOrders, "presso.orders", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPublisher, "presso.publisher", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHttp, "presso.http", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAccess, "presso.access", QtInfoMsg)

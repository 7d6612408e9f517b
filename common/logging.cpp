#include "logging.h"

Q_LOGGING_CATEGORY(lcProtocol, "presso.protocol", QtInfoMsg)
Q_LOGGING_CATEGORY(lcClient, "presso.client", QtInfoMsg)

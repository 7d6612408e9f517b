#include "logging.h"

Q_LOGGING_CATEGORY(lcProtocol, "presso.protocol")
Q_LOGGING_CATEGORY(lcClient, "presso.client")

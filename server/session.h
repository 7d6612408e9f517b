#pragma once

#include "role.h"

#include <QString>
#include <QTimer>
#include <QWebSocket>
#include <memory>

namespace presso {

// One client connection and what it proved in its hello.
struct Session
{
    QWebSocket *socket = nullptr;
    QString id;
    bool authenticated = false;
    Role role = Role::Display;
    QString device;
    std::unique_ptr<QTimer> helloTimer;
    // Set by hello with resumeFrom: the events after this seq go out right after the response.
    std::optional<qint64> replayFrom;
    // Requests in the current one-second window, for rate limiting.
    int windowRequests = 0;
    qint64 windowStart = 0;
};

} // namespace presso

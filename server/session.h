#pragma once

#include "role.h"

#include <QString>
#include <QTimer>
#include <QWebSocket>
#include <deque>
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
    // When the requests of the last second were accepted (ms), for rate limiting.
    std::deque<qint64> recentRequests;
};

} // namespace presso

#pragma once

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QTimer>
#include <functional>

namespace presso::test {

// Waits until predicate holds, or the timeout, running a real event loop meanwhile.
// QTest::qWaitFor and QTRY_* sleep 10 ms between turns of the loop, which a test that
// measures the server's answer times (BaristaPulse) would count as the server's.
inline bool serveUntil(const std::function<bool()> &predicate, int timeoutMs)
{
    if (predicate())
        return true;
    QEventLoop loop;
    QTimer check;
    check.setInterval(5);
    const QDeadlineTimer deadline(timeoutMs);
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (predicate() || deadline.hasExpired())
            loop.quit();
    });
    check.start();
    loop.exec();
    return predicate();
}

} // namespace presso::test

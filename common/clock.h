#pragma once

#include "timeutil.h"

#include <QObject>

namespace presso {

// The one source of "now" in presso. Everything that schedules or stamps time takes a
// Clock, so tests move a ManualClock instead of waiting.
class Clock : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~Clock() override;

    virtual Millis now() const = 0;

Q_SIGNALS:
    // Emitted when time moves other than by the passing of real time (a test moved it).
    // Anything that armed a timer from now() must re-arm it.
    void jumped();
};

// Wall-clock time.
class SystemClock final : public Clock
{
    Q_OBJECT
public:
    using Clock::Clock;
    Millis now() const override;
};

// Time that only moves when told to: for tests and simulations.
class ManualClock final : public Clock
{
    Q_OBJECT
public:
    explicit ManualClock(Millis start, QObject *parent = nullptr);

    Millis now() const override { return m_now; }
    void setNow(Millis ms);
    void advance(Millis ms);

private:
    Millis m_now;
};

} // namespace presso

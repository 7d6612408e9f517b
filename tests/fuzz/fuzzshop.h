#pragma once

// What the libFuzzer targets share: a real shop over an in-memory SQLite store, and a
// Qt application around it that no fuzzer's event loop runs.
#include "services.h"
#include "sqlitestorage.h"

#include <QCoreApplication>

namespace presso::fuzz {

// The services of one shop, its configuration loaded and a device of every role added.
struct FuzzShop
{
    FuzzShop()
        : storage(QStringLiteral(":memory:"))
        , clock(1'795'000'060'000)
        , services(storage, clock)
    {
        services.transactor.run([this] {
            services.config.load();
            for (Role role : {Role::Kiosk, Role::Display, Role::Barista, Role::Admin})
                (void)services.devices.add(role, QStringLiteral("fuzz-") + roleName(role));
            return 0;
        });
    }

    SqliteStorage storage;
    ManualClock clock;
    Services services;
};

// The fixture for the next input: made anew every few thousand inputs, so the in-memory
// database stays small. Now and then it lets what the services posted (deferred
// deletes, timers) happen, as the server's event loop would.
template<typename Fixture>
Fixture &fixture()
{
    static int argc = 1;
    static char name[] = "presso-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    // Never destroyed at exit: Qt's database registry is gone by then.
    static Fixture *f = nullptr;
    static int uses = 0;
    if (!f || ++uses % 5000 == 0) {
        delete f;
        f = new Fixture;
    }
    if (uses % 500 == 0)
        QCoreApplication::processEvents();
    return *f;
}

inline void check(bool condition)
{
    if (!condition)
        std::abort();
}

} // namespace presso::fuzz

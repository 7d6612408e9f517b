#pragma once

#include "clock.h"
#include "services.h"
#include "sqlitestorage.h"

#include <QTemporaryDir>
#include <memory>

namespace presso::test {

// The server's Services without a network, for unit tests of one server part: a real
// SQLite file in a temporary directory and a ManualClock, with the settings loaded as
// the server loads them when it starts.
class TestServices
{
public:
    // A weekday morning, well inside a code's bucket (as TestServer).
    static constexpr Millis kStart = 1'795'000'000'000 + 60'000;

    explicit TestServices(Millis start = kStart);
    ~TestServices();

    ManualClock &clock() { return m_clock; }
    SqliteStorage &storage() { return *m_storage; }
    Services &services() { return *m_services; }
    QString databasePath() const;

private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
    std::unique_ptr<SqliteStorage> m_storage;
    std::unique_ptr<Services> m_services;
};

// Adds a device of a shop in its own transaction and returns its token.
QString addDevice(Services &services, Role role, const QString &name, const QString &shop = mainShopId());
// Adds a shop in its own transaction, with the default settings and menu, as
// `presso-server shop add` does.
void addShop(Services &services, const QString &id, const QString &name);

} // namespace presso::test

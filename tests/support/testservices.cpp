#include "testservices.h"

#include <QDir>
#include <stdexcept>

namespace presso::test {

TestServices::TestServices(Millis start)
    : m_clock(start)
{
    if (!m_dir.isValid())
        throw std::runtime_error("no temporary directory for the test's database");
    m_storage = std::make_unique<SqliteStorage>(databasePath());
    m_services = std::make_unique<Services>(*m_storage, m_clock);
    m_services->transactor.run([this] {
        m_services->config.load();
        return 0;
    });
    m_services->publisher.setPublishedUpTo(m_storage->eventBounds().last);
}

TestServices::~TestServices() = default;

QString TestServices::databasePath() const
{
    return QDir(m_dir.path()).filePath(QStringLiteral("presso.db"));
}

QString addDevice(Services &services, Role role, const QString &name, const QString &shop)
{
    const auto token = services.transactor.run([&] { return services.devices.add(role, name, shop); });
    if (!token)
        throw std::runtime_error("could not add device: " + token.error().message.toStdString());
    return *token;
}

void addShop(Services &services, const QString &id, const QString &name)
{
    services.transactor.run([&] {
        if (!services.storage.insertShop(ShopRecord{id, name, services.clock.now()}))
            throw std::runtime_error("the shop " + id.toStdString() + " exists already");
        services.loadShops();
        return 0;
    });
}

} // namespace presso::test

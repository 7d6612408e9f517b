#include "services.h"

#include <QJsonArray>

namespace presso {

Services::Services(Storage &storage_, Clock &clock_)
    : storage(storage_)
    , clock(clock_)
    , events(storage_, clock_)
    , transactor(storage_, events)
    , config(storage_, events)
    , validator(storage_, clock_, config, events)
    , counter(storage_)
    , orders(storage_, clock_, config, counter, events)
    , processor(storage_, clock_, config, validator, events, transactor)
    , publisher(storage_)
    , devices(storage_, clock_)
    , pairings(storage_, clock_, devices, events)
    , customers(storage_, clock_)
{
    transactor.setPublisher([this](const QList<StoredEvent> &committed) { publisher.publish(committed); });
    transactor.addReload([this] { config.load(); });
    processor.setBaristaPresence([this] { return publisher.baristaPresent(); });
    // Inside the settings change's own transaction.
    QObject::connect(&config, &ConfigService::changed, &config, [this] {
        validator.applySettings();
        pairings.setPublicUrl(config.shop().publicUrl);
    });
}

QJsonArray Services::currentOrders(Role role, const QString &device)
{
    QJsonArray out;
    for (const OrderRecord &r : storage.currentOrders(clock.now() - kRecentlyCompletedMs)) {
        if (role == Role::Kiosk && r.kiosk != device)
            continue;
        if (role == Role::Display && r.order.state == OrderState::AwaitingOrder)
            continue;
        out.append(OrderManager::viewFor(role, r.order));
    }
    return out;
}

QJsonObject Services::snapshot(const Session &session)
{
    QJsonObject snap = config.toJson();
    const bool customer = session.role == Role::Customer;
    snap.insert(QStringLiteral("orders"), customer ? customers.ordersOfToday({session.customer, session.customerToken})
                                                   : currentOrders(session.role, session.device));
    if (Roles{Role::Display, Role::Barista, Role::Admin}.contains(session.role))
        snap.insert(QStringLiteral("qr"), validator.current().toJson());
    return snap;
}

} // namespace presso

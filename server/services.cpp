#include "services.h"

#include "policy.h"

namespace presso {

Services::Services(Storage &storage_, Clock &clock_)
    : storage(storage_)
    , transactions(storage_)
    , clock(clock_)
    , events(storage_, storage_, clock_)
    , transactor(storage_, events)
    , config(storage_, events)
    , validator(storage_, clock_, config, events)
    , counter(storage_)
    , customers(storage_, clock_)
    , orders(storage_, clock_, config, counter, customers, events)
    , processor(clock_, config, validator, orders, events, transactor)
    , publisher(storage_)
    , devices(storage_, clock_)
    , pairings(storage_, clock_, devices, events)
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

QJsonObject Services::snapshot(const Session &session)
{
    QJsonObject snap = config.toJson();
    const bool customer = session.role == Role::Customer;
    snap.insert(QStringLiteral("orders"), customer ? orders.ofCustomer({session.customer, session.customerToken})
                                                   : orders.current(session.role, session.device));
    if (policy::seesCode(session.role))
        snap.insert(QStringLiteral("qr"), validator.current().toJson());
    return snap;
}

} // namespace presso

#include "shop.h"

#include <QRegularExpression>

namespace presso {

bool isValidShopId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9-]{1,32}$"));
    return pattern.match(id).hasMatch();
}

Shop::Shop(const ShopRecord &record, Storage &storage, Clock &clock, EventLog &events,
           Transactor &transactor, Customers &customers)
    : config(storage.shop(record.id), events, record)
    , validator(storage.shop(record.id), clock, config, events)
    , counter(storage.shop(record.id))
    , orders(storage.shop(record.id), clock, config, counter, customers, events)
    , processor(clock, config, validator, orders, events, transactor)
{
    transactor.addDrop([this] { orders.dropCache(); });
}

} // namespace presso

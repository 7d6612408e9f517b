#pragma once

#include "orderprocessor.h"

namespace presso {

// One shop's services: its configuration, codes, order numbers, orders and workflow,
// each handed that shop's own ports (Storage::shop). The server holds one per shop.
struct Shop
{
    Shop(const ShopRecord &record, Storage &storage, Clock &clock, EventLog &events,
         Transactor &transactor, Customers &customers);

    const QString &id() const { return config.shopId(); }

    ConfigService config;
    Validator validator;
    Counter counter;
    OrderManager orders;
    OrderProcessor processor;
};

} // namespace presso

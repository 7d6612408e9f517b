#pragma once

#include "storageports.h"

namespace presso {

// Everything the server keeps: every port of storageports.h, implemented once per
// database (SqliteStorage; PgStorage). Only the code that opens a store and wires the
// services (Services, the command line, tests) holds the whole of it; each service is
// given its own port. The per-shop ports come from shop(id); those the Storage itself
// implements are the main shop's, for the callers that know one shop only.
class Storage : public Transactions,
                public ShopsStore,
                public ShopPorts,
                public EventsStore,
                public DevicesStore,
                public PairingsStore,
                public CustomersStore,
                public ResponsesStore,
                public PresenceStore
{
public:
    ~Storage() override;

    // The ports of one shop. The reference stays valid as long as the Storage.
    virtual ShopPorts &shop(const QString &id) = 0;
};

} // namespace presso

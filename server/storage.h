#pragma once

#include "storageports.h"

namespace presso {

// Everything the server keeps: every port of storageports.h, implemented once per
// database (SqliteStorage; PgStorage). Only the code that opens a store and wires the
// services (Services, the command line, tests) holds the whole of it; each service is
// given its own port.
class Storage : public Transactions,
                public ConfigStore,
                public CodesStore,
                public NumbersStore,
                public OrdersStore,
                public EventsStore,
                public DevicesStore,
                public PairingsStore,
                public CustomersStore,
                public ResponsesStore
{
public:
    ~Storage() override;
};

} // namespace presso

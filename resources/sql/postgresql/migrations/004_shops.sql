-- presso schema version 4: several shops on one server.

-- Shops: each has its own settings, menu, codes, numbers, devices and orders. The shop
-- made at first start (and the one an older single-shop store becomes) is 'main'.
CREATE TABLE shops (
    id         TEXT PRIMARY KEY CHECK (id ~ '^[a-z0-9-]{1,32}$'),
    name       TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
INSERT INTO shops (id, name, created_at) VALUES ('main', 'Main', CAST(EXTRACT(EPOCH FROM now()) * 1000 AS BIGINT));

-- ConfigService: one settings document and one menu per shop.
ALTER TABLE settings ADD COLUMN shop_id TEXT NOT NULL DEFAULT 'main' REFERENCES shops (id);
ALTER TABLE settings DROP COLUMN id;
ALTER TABLE settings ALTER COLUMN shop_id DROP DEFAULT;
ALTER TABLE settings ADD PRIMARY KEY (shop_id);
ALTER TABLE menu ADD COLUMN shop_id TEXT NOT NULL DEFAULT 'main' REFERENCES shops (id);
ALTER TABLE menu DROP COLUMN id;
ALTER TABLE menu ALTER COLUMN shop_id DROP DEFAULT;
ALTER TABLE menu ADD PRIMARY KEY (shop_id);

-- Validator: one code per shop and bucket; a code is unique server-wide, so that a
-- redeem finds its shop from the code alone.
ALTER TABLE codes ADD COLUMN shop_id TEXT NOT NULL DEFAULT 'main' REFERENCES shops (id);
ALTER TABLE codes DROP CONSTRAINT codes_pkey;
ALTER TABLE codes ALTER COLUMN shop_id DROP DEFAULT;
ALTER TABLE codes ADD PRIMARY KEY (shop_id, bucket);

-- Counter: the last order number of each shop on each of its local days.
ALTER TABLE counters ADD COLUMN shop_id TEXT NOT NULL DEFAULT 'main' REFERENCES shops (id);
ALTER TABLE counters DROP CONSTRAINT counters_pkey;
ALTER TABLE counters ALTER COLUMN shop_id DROP DEFAULT;
ALTER TABLE counters ADD PRIMARY KEY (shop_id, day);

-- OrderManager: each order is one shop's; numbers are unique per shop and day.
ALTER TABLE orders ADD COLUMN shop_id TEXT NOT NULL DEFAULT 'main';
DROP INDEX orders_day_number;
CREATE UNIQUE INDEX orders_day_number ON orders (shop_id, day, number) WHERE number IS NOT NULL;
CREATE INDEX orders_shop_open ON orders (shop_id, created_at) WHERE finished_at IS NULL;

-- EventLog: the shop an event belongs to, for routing (seq stays server-wide).
ALTER TABLE events ADD COLUMN shop_id TEXT NOT NULL DEFAULT 'main';

-- Devices and pairing codes: a device belongs to one shop (names stay server-wide).
ALTER TABLE devices ADD COLUMN shop_id TEXT NOT NULL DEFAULT 'main';
ALTER TABLE pairings ADD COLUMN shop_id TEXT NOT NULL DEFAULT 'main';

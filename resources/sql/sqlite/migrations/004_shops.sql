-- presso schema version 4: several shops on one server.

-- Shops: each has its own settings, menu, codes, numbers, devices and orders. The shop
-- made at first start (and the one an older single-shop store becomes) is 'main'.
CREATE TABLE shops (
    id         TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 32 AND id NOT GLOB '*[^a-z0-9-]*'),
    name       TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
INSERT INTO shops (id, name, created_at) VALUES ('main', 'Main', CAST(strftime('%s', 'now') AS INTEGER) * 1000);

-- ConfigService: one settings document and one menu per shop.
CREATE TABLE settings_by_shop (
    shop_id TEXT PRIMARY KEY REFERENCES shops (id),
    shop    TEXT NOT NULL
);
INSERT INTO settings_by_shop (shop_id, shop) SELECT 'main', shop FROM settings;
DROP TABLE settings;
ALTER TABLE settings_by_shop RENAME TO settings;
CREATE TABLE menu_by_shop (
    shop_id TEXT PRIMARY KEY REFERENCES shops (id),
    menu    TEXT NOT NULL
);
INSERT INTO menu_by_shop (shop_id, menu) SELECT 'main', menu FROM menu;
DROP TABLE menu;
ALTER TABLE menu_by_shop RENAME TO menu;

-- Validator: one code per shop and bucket; a code is unique server-wide, so that a
-- redeem finds its shop from the code alone.
CREATE TABLE codes_by_shop (
    shop_id      TEXT NOT NULL REFERENCES shops (id),
    bucket       INTEGER NOT NULL,
    code         TEXT NOT NULL UNIQUE,
    url          TEXT NOT NULL,
    starts_at    INTEGER NOT NULL,
    ends_at      INTEGER NOT NULL,
    tokens_total INTEGER NOT NULL,
    tokens_left  INTEGER NOT NULL CHECK (tokens_left >= 0),
    PRIMARY KEY (shop_id, bucket)
);
INSERT INTO codes_by_shop (shop_id, bucket, code, url, starts_at, ends_at, tokens_total, tokens_left)
    SELECT 'main', bucket, code, url, starts_at, ends_at, tokens_total, tokens_left FROM codes;
DROP TABLE codes;
ALTER TABLE codes_by_shop RENAME TO codes;

-- Counter: the last order number of each shop on each of its local days.
CREATE TABLE counters_by_shop (
    shop_id     TEXT NOT NULL REFERENCES shops (id),
    day         TEXT NOT NULL,
    last_number INTEGER NOT NULL,
    PRIMARY KEY (shop_id, day)
);
INSERT INTO counters_by_shop (shop_id, day, last_number) SELECT 'main', day, last_number FROM counters;
DROP TABLE counters;
ALTER TABLE counters_by_shop RENAME TO counters;

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

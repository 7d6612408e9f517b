-- presso schema version 1. Each service owns its tables; no service reads another's.

-- Storage: schema bookkeeping.
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- ConfigService: shop settings (one JSON document) and the menu.
CREATE TABLE settings (
    id   INTEGER PRIMARY KEY CHECK (id = 1),
    shop TEXT NOT NULL
);
CREATE TABLE menu (
    id   INTEGER PRIMARY KEY CHECK (id = 1),
    menu TEXT NOT NULL
);

-- Validator: one code per time bucket.
CREATE TABLE codes (
    bucket       INTEGER PRIMARY KEY,
    code         TEXT NOT NULL UNIQUE,
    url          TEXT NOT NULL,
    starts_at    INTEGER NOT NULL,
    ends_at      INTEGER NOT NULL,
    tokens_total INTEGER NOT NULL,
    tokens_left  INTEGER NOT NULL CHECK (tokens_left >= 0)
);

-- Counter: the last order number given on each local day.
CREATE TABLE counters (
    day         TEXT PRIMARY KEY,
    last_number INTEGER NOT NULL
);

-- OrderManager / OrderProcessor: the orders and their deadlines.
CREATE TABLE orders (
    id            TEXT PRIMARY KEY,
    token_hash    TEXT NOT NULL,
    kiosk         TEXT NOT NULL,
    bucket        INTEGER,
    day           TEXT,
    number        INTEGER,
    state         TEXT NOT NULL,
    customer_name TEXT NOT NULL DEFAULT '',
    drink         TEXT NOT NULL DEFAULT '',
    modifiers     TEXT NOT NULL DEFAULT '[]',
    icon          TEXT NOT NULL DEFAULT '',
    created_at    INTEGER NOT NULL,
    submitted_at  INTEGER,
    claimed_at    INTEGER,
    completed_at  INTEGER,
    finished_at   INTEGER,
    barista_id    TEXT NOT NULL DEFAULT '',
    reason        TEXT NOT NULL DEFAULT '',
    deadline      INTEGER
);
CREATE UNIQUE INDEX orders_day_number ON orders (day, number) WHERE number IS NOT NULL;
CREATE INDEX orders_open_deadline ON orders (deadline) WHERE finished_at IS NULL;
CREATE INDEX orders_finished ON orders (finished_at);

-- EventLog: every event, in seq order.
CREATE TABLE events (
    seq      INTEGER PRIMARY KEY AUTOINCREMENT,
    id       TEXT NOT NULL,
    type     TEXT NOT NULL,
    time     INTEGER NOT NULL,
    order_id TEXT NOT NULL DEFAULT '',
    owner    TEXT NOT NULL DEFAULT '',
    detail   TEXT NOT NULL
);
CREATE INDEX events_order ON events (order_id) WHERE order_id <> '';

-- Devices: who may connect, by token hash.
CREATE TABLE devices (
    name         TEXT PRIMARY KEY,
    role         TEXT NOT NULL,
    token_hash   TEXT NOT NULL UNIQUE,
    created_at   INTEGER NOT NULL,
    last_seen_at INTEGER
);

-- Idempotency: the first response to each (device, requestId), kept 10 minutes.
CREATE TABLE responses (
    device     TEXT NOT NULL,
    request_id TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    response   TEXT NOT NULL,
    PRIMARY KEY (device, request_id)
);
CREATE INDEX responses_created ON responses (created_at);

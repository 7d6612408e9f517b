-- presso schema version 1 on PostgreSQL: the tables of resources/sql/sqlite's first
-- schema, with BIGINT times (ms since the epoch) and the counters several servers share.
-- Each service owns its tables; no service reads another's.

-- Storage: schema bookkeeping.
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- Storage: bumped by every transaction that writes, so that each server sees that
-- another server or a command has written (PgStorage::changedExternally).
CREATE TABLE changes (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    version BIGINT NOT NULL
);
INSERT INTO changes (id, version) VALUES (1, 0);

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
    bucket       BIGINT PRIMARY KEY,
    code         TEXT NOT NULL UNIQUE,
    url          TEXT NOT NULL,
    starts_at    BIGINT NOT NULL,
    ends_at      BIGINT NOT NULL,
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
    bucket        BIGINT,
    day           TEXT,
    number        INTEGER,
    state         TEXT NOT NULL,
    customer_name TEXT NOT NULL DEFAULT '',
    drink         TEXT NOT NULL DEFAULT '',
    modifiers     TEXT NOT NULL DEFAULT '[]',
    icon          TEXT NOT NULL DEFAULT '',
    created_at    BIGINT NOT NULL,
    submitted_at  BIGINT,
    claimed_at    BIGINT,
    completed_at  BIGINT,
    finished_at   BIGINT,
    barista_id    TEXT NOT NULL DEFAULT '',
    reason        TEXT NOT NULL DEFAULT '',
    deadline      BIGINT
);
CREATE UNIQUE INDEX orders_day_number ON orders (day, number) WHERE number IS NOT NULL;
CREATE INDEX orders_open_deadline ON orders (deadline) WHERE finished_at IS NULL;
CREATE INDEX orders_finished ON orders (finished_at);

-- EventLog: every event, in seq order. The seq comes from the one row of
-- event_counter, not from a SEQUENCE: the row stays locked until the appending
-- transaction commits, so seqs become visible in the order they were given. (A
-- SEQUENCE hands out 7 while 6 is still uncommitted; a client that resumes after 7
-- would never see 6.)
CREATE TABLE events (
    seq      BIGINT PRIMARY KEY,
    id       TEXT NOT NULL,
    type     TEXT NOT NULL,
    time     BIGINT NOT NULL,
    order_id TEXT NOT NULL DEFAULT '',
    owner    TEXT NOT NULL DEFAULT '',
    detail   TEXT NOT NULL
);
CREATE INDEX events_order ON events (order_id) WHERE order_id <> '';
CREATE TABLE event_counter (
    id       INTEGER PRIMARY KEY CHECK (id = 1),
    last_seq BIGINT NOT NULL
);
INSERT INTO event_counter (id, last_seq) VALUES (1, 0);

-- Devices: who may connect, by token hash.
CREATE TABLE devices (
    name         TEXT PRIMARY KEY,
    role         TEXT NOT NULL,
    token_hash   TEXT NOT NULL UNIQUE,
    created_at   BIGINT NOT NULL,
    last_seen_at BIGINT
);

-- Idempotency: the first response to each (device, requestId), kept 10 minutes.
CREATE TABLE responses (
    device     TEXT NOT NULL,
    request_id TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    response   TEXT NOT NULL,
    PRIMARY KEY (device, request_id)
);
CREATE INDEX responses_created ON responses (created_at);

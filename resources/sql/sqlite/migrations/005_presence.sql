-- presso schema version 5: which shops have a barista connected, on any server.

-- Each server's own rows: a shop it has a barista device connected for, renewed while
-- that lasts. A server that stops renewing (it died) stops counting once its rows are old.
CREATE TABLE presence (
    server  TEXT NOT NULL,
    shop_id TEXT NOT NULL REFERENCES shops (id),
    seen_at INTEGER NOT NULL,
    PRIMARY KEY (server, shop_id)
);

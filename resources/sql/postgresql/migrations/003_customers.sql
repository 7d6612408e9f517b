-- presso schema version 3: customers on their own phones (role `customer`).

-- Customers: a phone's identity, by the hash of its customerToken. The token lives
-- 24 hours after last_used_at; expired rows are pruned with their links.
CREATE TABLE customers (
    id           TEXT PRIMARY KEY,
    token_hash   TEXT NOT NULL UNIQUE,
    created_at   BIGINT NOT NULL,
    last_used_at BIGINT NOT NULL
);
CREATE INDEX customers_last_used ON customers (last_used_at);

-- The orders a customer owns: redeemed on the phone ('redeem') or taken over from a
-- kiosk ('follow'). sealed_token is the order's token encrypted with a key derived from
-- the customer's token, which the server does not keep: a copy of the database alone
-- does not give the order tokens.
CREATE TABLE customer_orders (
    customer_id  TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    order_id     TEXT NOT NULL,
    via          TEXT NOT NULL CHECK (via IN ('redeem', 'follow')),
    sealed_token TEXT NOT NULL,
    linked_at    BIGINT NOT NULL,
    PRIMARY KEY (customer_id, order_id)
);
CREATE INDEX customer_orders_order ON customer_orders (order_id);

-- EventLog: the customers an order event goes to (space-separated ids), fixed when the
-- event is appended, so that a replay routes it as it was published.
ALTER TABLE events ADD COLUMN customers TEXT NOT NULL DEFAULT '';

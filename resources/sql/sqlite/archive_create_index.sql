CREATE INDEX IF NOT EXISTS events_order ON events (order_id) WHERE order_id <> ''

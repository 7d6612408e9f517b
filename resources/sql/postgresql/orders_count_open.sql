SELECT COUNT(*) FROM orders WHERE finished_at IS NULL

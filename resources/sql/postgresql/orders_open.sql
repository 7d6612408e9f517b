SELECT * FROM orders WHERE finished_at IS NULL ORDER BY created_at, id

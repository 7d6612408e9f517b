SELECT * FROM orders WHERE shop_id = :shop AND (finished_at IS NULL OR (state = 'COMPLETED' AND finished_at >= :since)) ORDER BY created_at, id

SELECT * FROM orders WHERE shop_id = :shop AND finished_at IS NULL ORDER BY created_at, id

SELECT COUNT(*) FROM orders WHERE shop_id = :shop AND finished_at IS NULL

SELECT MIN(deadline) FROM orders WHERE shop_id = :shop AND finished_at IS NULL AND deadline IS NOT NULL

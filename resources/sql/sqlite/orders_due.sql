SELECT * FROM orders WHERE shop_id = :shop AND finished_at IS NULL AND deadline IS NOT NULL AND deadline <= :now ORDER BY deadline, id

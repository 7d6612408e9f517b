SELECT * FROM orders WHERE finished_at IS NULL AND deadline IS NOT NULL AND deadline <= :now ORDER BY deadline, id FOR UPDATE SKIP LOCKED

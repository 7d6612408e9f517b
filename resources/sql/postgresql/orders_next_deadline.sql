SELECT MIN(deadline) FROM orders WHERE finished_at IS NULL AND deadline IS NOT NULL

SELECT id, name, created_at FROM shops ORDER BY id

SELECT name, role, token_hash, created_at, last_seen_at FROM devices ORDER BY name

SELECT name, role, token_hash, created_at, last_seen_at, shop_id FROM devices ORDER BY name

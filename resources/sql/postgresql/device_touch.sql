UPDATE devices SET last_seen_at = :now WHERE name = :name

SELECT code_hash, role, name, created_at, expires_at, shop_id FROM pairings WHERE code_hash = :code_hash AND expires_at > :now

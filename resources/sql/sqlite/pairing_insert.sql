INSERT INTO pairings (shop_id, code_hash, role, name, created_at, expires_at) VALUES (:shop, :code_hash, :role, :name, :created_at, :expires_at)

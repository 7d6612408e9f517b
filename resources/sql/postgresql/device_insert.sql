INSERT INTO devices (shop_id, name, role, token_hash, created_at) VALUES (:shop, :name, :role, :token_hash, :created_at)

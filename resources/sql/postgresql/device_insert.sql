INSERT INTO devices (name, role, token_hash, created_at) VALUES (:name, :role, :token_hash, :created_at)

INSERT INTO customers (id, token_hash, created_at, last_used_at) VALUES (:id, :token_hash, :created_at, :last_used_at)

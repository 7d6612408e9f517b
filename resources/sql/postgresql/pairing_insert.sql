INSERT INTO pairings (code_hash, role, name, created_at, expires_at) VALUES (:code_hash, :role, :name, :created_at, :expires_at)

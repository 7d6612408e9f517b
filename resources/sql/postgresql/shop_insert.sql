INSERT INTO shops (id, name, created_at) VALUES (:id, :name, :created_at) ON CONFLICT (id) DO NOTHING

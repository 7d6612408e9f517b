INSERT INTO codes (bucket, code, url, starts_at, ends_at, tokens_total, tokens_left) VALUES (:bucket, :code, :url, :starts_at, :ends_at, :tokens_total, :tokens_left) ON CONFLICT (bucket) DO NOTHING

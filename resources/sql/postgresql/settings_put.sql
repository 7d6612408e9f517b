INSERT INTO settings (id, shop) VALUES (1, :shop) ON CONFLICT (id) DO UPDATE SET shop = excluded.shop

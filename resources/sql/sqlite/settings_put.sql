INSERT INTO settings (shop_id, shop) VALUES (:shop, :settings) ON CONFLICT (shop_id) DO UPDATE SET shop = excluded.shop

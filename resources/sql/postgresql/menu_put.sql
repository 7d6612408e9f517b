INSERT INTO menu (shop_id, menu) VALUES (:shop, :menu) ON CONFLICT (shop_id) DO UPDATE SET menu = excluded.menu

INSERT INTO presence (server, shop_id, seen_at) VALUES (:server, :shop, :now) ON CONFLICT (server, shop_id) DO UPDATE SET seen_at = excluded.seen_at

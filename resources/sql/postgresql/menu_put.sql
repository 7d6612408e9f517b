INSERT INTO menu (id, menu) VALUES (1, :menu) ON CONFLICT (id) DO UPDATE SET menu = excluded.menu

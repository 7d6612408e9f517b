INSERT INTO counters (shop_id, day, last_number) VALUES (:shop, :day, 1) ON CONFLICT (shop_id, day) DO UPDATE SET last_number = counters.last_number + 1 RETURNING last_number

SELECT seq, id, type, time, order_id, owner, detail, customers, shop_id FROM events WHERE seq > :seq ORDER BY seq LIMIT :limit

SELECT seq, id, type, time, order_id, owner, detail, customers FROM events WHERE seq > :seq ORDER BY seq LIMIT :limit

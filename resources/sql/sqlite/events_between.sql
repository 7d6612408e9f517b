SELECT seq, id, type, time, order_id, owner, detail, customers FROM events WHERE seq > :after AND seq < :before ORDER BY seq

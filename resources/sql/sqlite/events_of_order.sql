SELECT seq, id, type, time, order_id, owner, detail, customers FROM events WHERE order_id = :order_id ORDER BY seq

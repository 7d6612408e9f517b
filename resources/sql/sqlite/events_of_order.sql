SELECT seq, id, type, time, order_id, owner, detail FROM events WHERE order_id = :order_id ORDER BY seq

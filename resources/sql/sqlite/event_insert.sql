INSERT INTO events (id, type, time, order_id, owner, detail) VALUES (:id, :type, :time, :order_id, :owner, :detail)

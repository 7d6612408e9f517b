INSERT INTO events (id, type, time, order_id, owner, customers, detail) VALUES (:id, :type, :time, :order_id, :owner, :customers, :detail)

INSERT INTO events (shop_id, id, type, time, order_id, owner, customers, detail) VALUES (:shop, :id, :type, :time, :order_id, :owner, :customers, :detail)

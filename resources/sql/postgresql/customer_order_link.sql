INSERT INTO customer_orders (customer_id, order_id, via, sealed_token, linked_at) VALUES (:customer_id, :order_id, :via, :sealed_token, :linked_at) ON CONFLICT DO NOTHING

SELECT customer_id FROM customer_orders WHERE order_id = :order_id ORDER BY linked_at, customer_id

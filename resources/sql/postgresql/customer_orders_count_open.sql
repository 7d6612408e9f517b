SELECT count(*) FROM customer_orders l JOIN orders o ON o.id = l.order_id WHERE l.customer_id = :customer_id AND o.finished_at IS NULL

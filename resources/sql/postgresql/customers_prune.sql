DELETE FROM customers WHERE last_used_at < :before

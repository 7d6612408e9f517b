SELECT * FROM orders WHERE shop_id = :shop AND day = :day ORDER BY submitted_at, id

SELECT * FROM orders WHERE day = :day ORDER BY submitted_at, id

SELECT * FROM (SELECT * FROM orders WHERE state IN (SELECT json_array_elements_text(CAST(:states AS json))) ORDER BY created_at DESC, id DESC LIMIT :limit) AS newest ORDER BY created_at, id

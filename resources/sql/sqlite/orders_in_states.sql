SELECT * FROM (SELECT * FROM orders WHERE state IN (SELECT value FROM json_each(:states)) ORDER BY created_at DESC, id DESC LIMIT :limit) ORDER BY created_at, id

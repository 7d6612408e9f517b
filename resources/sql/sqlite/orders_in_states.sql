SELECT * FROM (SELECT * FROM orders WHERE shop_id = :shop AND state IN (SELECT value FROM json_each(:states)) ORDER BY created_at DESC, id DESC LIMIT :limit) ORDER BY created_at, id

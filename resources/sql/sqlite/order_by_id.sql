SELECT * FROM orders WHERE shop_id = :shop AND id = :id

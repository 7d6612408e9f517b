SELECT * FROM codes WHERE shop_id = :shop AND bucket = :bucket

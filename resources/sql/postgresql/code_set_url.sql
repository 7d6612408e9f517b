UPDATE codes SET url = :url WHERE shop_id = :shop AND bucket = :bucket

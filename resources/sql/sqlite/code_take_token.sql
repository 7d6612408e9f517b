UPDATE codes SET tokens_left = tokens_left - 1 WHERE shop_id = :shop AND bucket = :bucket AND tokens_left > 0

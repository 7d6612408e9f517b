UPDATE codes SET tokens_total = :tokens_total, tokens_left = MAX(0, :tokens_total - (tokens_total - tokens_left)) WHERE shop_id = :shop AND bucket = :bucket

UPDATE codes SET tokens_left = tokens_left - 1 WHERE bucket = :bucket AND tokens_left > 0

SELECT * FROM codes WHERE bucket = :bucket

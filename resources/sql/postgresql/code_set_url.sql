UPDATE codes SET url = :url WHERE bucket = :bucket

SELECT * FROM orders WHERE shop_id = :shop AND day = :day AND number = :number

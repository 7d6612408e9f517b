SELECT * FROM orders WHERE day = :day AND number = :number

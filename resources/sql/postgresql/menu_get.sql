SELECT menu FROM menu WHERE shop_id = :shop

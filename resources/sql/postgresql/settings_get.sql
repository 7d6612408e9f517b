SELECT shop FROM settings WHERE shop_id = :shop

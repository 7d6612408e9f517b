SELECT shop_id FROM codes WHERE code = :code

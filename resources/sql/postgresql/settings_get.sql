SELECT shop FROM settings WHERE id = 1

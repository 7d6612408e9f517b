SELECT menu FROM menu WHERE id = 1

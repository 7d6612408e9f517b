-- The newest :rows orders (by rowid: the right edge of the table, where orders go in and
-- where the day's updates land), each found again through its primary key and through
-- its (shop, day, number) index; and the open orders, read through orders_open_deadline.
WITH newest AS (SELECT rowid AS r, id, shop_id, day, number FROM orders ORDER BY rowid DESC LIMIT :rows)
SELECT (SELECT count(*) FROM newest),
       (SELECT count(*) FROM newest n WHERE NOT EXISTS
           (SELECT 1 FROM orders AS o INDEXED BY sqlite_autoindex_orders_1 WHERE o.id = n.id AND o.rowid = n.r)),
       (SELECT count(*) FROM newest n WHERE n.number IS NOT NULL AND NOT EXISTS
           (SELECT 1 FROM orders AS o INDEXED BY orders_day_number
            WHERE o.shop_id = n.shop_id AND o.day = n.day AND o.number = n.number
              AND o.number IS NOT NULL AND o.rowid = n.r)),
       (SELECT count(*) FROM orders INDEXED BY orders_open_deadline WHERE finished_at IS NULL AND state = '')

-- Events from seq :from on, counted through the table and through events_order: the
-- index must hold one entry for each row of an order.
SELECT (SELECT count(*) FROM events NOT INDEXED WHERE seq >= :from AND order_id <> ''),
       (SELECT count(*) FROM events INDEXED BY events_order
        WHERE order_id <> '' AND seq >= :from
          AND order_id IN (SELECT order_id FROM events WHERE seq >= :from AND order_id <> ''))

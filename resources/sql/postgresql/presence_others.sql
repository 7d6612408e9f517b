SELECT DISTINCT shop_id FROM presence WHERE server <> :server AND seen_at >= :since

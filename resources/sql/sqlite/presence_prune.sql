DELETE FROM presence WHERE seen_at < :before

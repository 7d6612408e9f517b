DELETE FROM pairings WHERE expires_at <= :now OR failures >= :max_failures

SELECT COALESCE(MIN(seq), 0), COALESCE(MAX(seq), 0), (SELECT COALESCE(MAX(seq), 0) FROM sqlite_sequence WHERE name = 'events') FROM events

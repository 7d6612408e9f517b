SELECT (SELECT COALESCE(MIN(seq), 0) FROM events), (SELECT COALESCE(MAX(seq), 0) FROM events), (SELECT COALESCE(MAX(seq), 0) FROM sqlite_sequence WHERE name = 'events')

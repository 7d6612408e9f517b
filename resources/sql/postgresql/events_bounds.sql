SELECT (SELECT COALESCE(MIN(seq), 0) FROM events), (SELECT COALESCE(MAX(seq), 0) FROM events), (SELECT last_seq FROM event_counter WHERE id = 1)

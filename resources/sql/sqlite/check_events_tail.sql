-- The newest :rows events, each read whole: how many, their seq span, details that are
-- not JSON, whether the AUTOINCREMENT counter is behind the newest seq, the oldest seq.
SELECT count(*), coalesce(max(seq) - min(seq) + 1, 0), coalesce(sum(json_valid(detail) = 0), 0),
       coalesce(max(seq), 0) > coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'events'), 0),
       min(seq)
FROM (SELECT seq, detail FROM events ORDER BY seq DESC LIMIT :rows)

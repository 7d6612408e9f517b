-- The oldest :rows events (where retention deletes): how many, and their seq span.
SELECT count(*), coalesce(max(seq) - min(seq) + 1, 0), coalesce(sum(json_valid(detail) = 0), 0), 0, min(seq)
FROM (SELECT seq, detail FROM events ORDER BY seq LIMIT :rows)

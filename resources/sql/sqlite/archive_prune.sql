DELETE FROM events WHERE seq IN (SELECT seq FROM events WHERE time < :before ORDER BY seq LIMIT :limit)

SELECT DISTINCT strftime('%Y-%m', time / 1000, 'unixepoch') FROM events WHERE time < :before

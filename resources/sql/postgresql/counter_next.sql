INSERT INTO counters (day, last_number) VALUES (:day, 1) ON CONFLICT (day) DO UPDATE SET last_number = counters.last_number + 1 RETURNING last_number

UPDATE pairings SET failures = failures + 1 WHERE expires_at > :now

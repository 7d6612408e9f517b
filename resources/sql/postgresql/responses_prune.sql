DELETE FROM responses WHERE created_at < :before

SELECT id, token_hash, created_at, last_used_at FROM customers WHERE token_hash = :token_hash AND last_used_at >= :since

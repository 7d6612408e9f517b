UPDATE customers SET last_used_at = :now WHERE id = :id

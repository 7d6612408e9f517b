DELETE FROM pairings WHERE code_hash = :code_hash

DELETE FROM devices WHERE name = :name

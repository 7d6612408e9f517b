WITH bumped AS (UPDATE changes SET version = version + 1 WHERE id = 1 AND txid_current_if_assigned() IS NOT NULL RETURNING version) SELECT version, pg_notify('presso_changes', '') FROM bumped

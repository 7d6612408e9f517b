-- presso schema version 2: pairing a device by a short code.

-- Devices: open pairing codes, kept only as SHA-256 hashes. A code is used once and
-- lives ten minutes; failures counts the failed pairing attempts (from any address)
-- made while it was open, and the code dies at ten.
CREATE TABLE pairings (
    code_hash  TEXT PRIMARY KEY,
    role       TEXT NOT NULL,
    name       TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    failures   INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX pairings_expires ON pairings (expires_at);

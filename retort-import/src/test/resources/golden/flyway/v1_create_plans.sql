-- revision: v1
-- revises: 
-- message: create plans

-- upgrade
CREATE TABLE plans (
    id INTEGER PRIMARY KEY,
    name VARCHAR(50) NOT NULL UNIQUE,
    monthly_token_limit INTEGER NOT NULL DEFAULT 2000
);

-- downgrade
-- Flyway had no undo (U) script for this version: downgrading past it changes nothing.

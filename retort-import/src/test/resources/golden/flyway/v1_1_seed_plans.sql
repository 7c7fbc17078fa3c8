-- revision: v1_1
-- revises: v1
-- message: seed plans

-- upgrade
-- a comment; with a semicolon
INSERT INTO plans (id, name, monthly_token_limit) VALUES (1, 'free', 2000);
INSERT INTO plans (id, name, monthly_token_limit) VALUES (2, 'pro', 50000);

-- downgrade
-- Flyway had no undo (U) script for this version: downgrading past it changes nothing.

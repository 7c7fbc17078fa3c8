-- revision: v10
-- revises: v2
-- message: update free plan tokens

-- upgrade
UPDATE plans SET monthly_token_limit = 10000 WHERE name = 'free';

-- downgrade
-- Flyway had no undo (U) script for this version: downgrading past it changes nothing.

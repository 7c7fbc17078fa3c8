-- revision: a00000000002
-- revises: a00000000001
-- message: add age

-- upgrade
ALTER TABLE account ADD COLUMN age INTEGER NOT NULL;
CREATE INDEX ix_account_age ON account (age);
UPDATE account SET age = 0;
DELETE FROM account WHERE age < 0;

-- downgrade

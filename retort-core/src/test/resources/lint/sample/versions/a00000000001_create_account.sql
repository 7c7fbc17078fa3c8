-- revision: a00000000001
-- message: create account

-- upgrade
CREATE TABLE account (id INTEGER PRIMARY KEY, name VARCHAR(50), legacy VARCHAR(10), plan_id INTEGER);
CREATE INDEX ix_account_name ON account (name);

-- downgrade
DROP TABLE account;

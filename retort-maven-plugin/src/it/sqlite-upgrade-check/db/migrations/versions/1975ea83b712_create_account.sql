-- revision: 1975ea83b712
-- message: create account
-- created: 2026-12-01T10:00:00Z

-- upgrade
CREATE TABLE account (id INTEGER NOT NULL PRIMARY KEY, email VARCHAR(200) NOT NULL);

-- downgrade
DROP TABLE account;

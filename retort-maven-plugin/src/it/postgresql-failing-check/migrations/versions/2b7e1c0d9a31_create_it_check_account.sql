-- revision: 2b7e1c0d9a31
-- message: create it_check_account
-- created: 2026-12-01T10:00:00Z

-- upgrade
CREATE TABLE it_check_account (id INTEGER NOT NULL PRIMARY KEY, email VARCHAR(200) NOT NULL);

-- downgrade
DROP TABLE it_check_account;

-- revision: a1a1a1a1a1a1
-- message: create customers
-- created: 2026-12-01T10:00:00Z

-- upgrade
CREATE TABLE customers (id INTEGER NOT NULL PRIMARY KEY, name VARCHAR(100) NOT NULL);

-- downgrade
DROP TABLE customers;

-- revision: b2b2b2b2b2b2
-- revises: a1a1a1a1a1a1
-- message: create orders
-- created: 2026-12-01T10:01:00Z

-- upgrade
CREATE TABLE orders (id INTEGER NOT NULL PRIMARY KEY, customer_id INTEGER, total INTEGER);

-- downgrade
DROP TABLE orders;

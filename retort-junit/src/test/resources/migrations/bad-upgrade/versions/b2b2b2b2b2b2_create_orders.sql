-- revision: b2b2b2b2b2b2
-- revises: a1a1a1a1a1a1
-- message: create orders
-- created: 2026-12-01T10:01:00Z

-- upgrade
INSERT INTO order_archive SELECT * FROM customers;

-- downgrade
DROP TABLE orders;

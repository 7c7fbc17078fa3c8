-- revision: c3c3c3c3c3c3
-- revises: b2b2b2b2b2b2
-- message: order status
-- created: 2026-12-01T10:02:00Z

-- upgrade
ALTER TABLE orders ADD COLUMN status VARCHAR(20);

-- downgrade
ALTER TABLE orders DROP COLUMN status;

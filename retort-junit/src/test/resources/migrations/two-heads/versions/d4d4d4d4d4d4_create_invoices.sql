-- revision: d4d4d4d4d4d4
-- revises: a1a1a1a1a1a1
-- message: create invoices
-- created: 2026-12-01T10:03:00Z

-- upgrade
CREATE TABLE invoices (id INTEGER NOT NULL PRIMARY KEY);

-- downgrade
DROP TABLE invoices;

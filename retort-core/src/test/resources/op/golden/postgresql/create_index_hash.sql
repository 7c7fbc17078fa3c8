CREATE INDEX ix_users_email_hash ON users USING hash (email);

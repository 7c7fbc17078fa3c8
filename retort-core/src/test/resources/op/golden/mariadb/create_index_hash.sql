CREATE INDEX ix_users_email_hash USING HASH ON users (email);

CREATE INDEX ix_users_email_gin ON users USING gin (email);

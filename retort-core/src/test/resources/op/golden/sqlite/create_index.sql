CREATE INDEX ix_users_email ON users (email);

CREATE UNIQUE INDEX ix_users_lower_email ON users ((lower(email))) WHERE legacy IS NULL;

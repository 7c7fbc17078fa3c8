CREATE INDEX ix_users_email_desc ON users ((email) text_pattern_ops, (legacy) DESC NULLS LAST);

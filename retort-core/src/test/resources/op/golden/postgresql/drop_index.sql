DROP INDEX ix_users_email;

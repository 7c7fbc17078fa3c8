DROP INDEX ix_users_plan;
DROP TABLE users;

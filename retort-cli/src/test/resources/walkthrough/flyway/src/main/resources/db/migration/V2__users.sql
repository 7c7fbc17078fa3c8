CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    email VARCHAR(255) NOT NULL,
    plan_id INTEGER REFERENCES plans (id)
);
CREATE INDEX ix_users_plan ON users (plan_id);

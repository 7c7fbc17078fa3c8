-- revision: 1975ea83b712
-- message: create plans and users
-- created: 2026-11-20T09:00:00Z

-- upgrade
CREATE TABLE plans (
    id INTEGER PRIMARY KEY,
    name VARCHAR(50) NOT NULL UNIQUE,
    monthly_token_limit INTEGER NOT NULL
);
INSERT INTO plans (id, name, monthly_token_limit) VALUES (1, 'free', 2000);
INSERT INTO plans (id, name, monthly_token_limit) VALUES (2, 'pro', 200000);
CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    email VARCHAR(255) NOT NULL UNIQUE,
    plan_id INTEGER NOT NULL REFERENCES plans (id)
);

-- downgrade
DROP TABLE users;
DROP TABLE plans;

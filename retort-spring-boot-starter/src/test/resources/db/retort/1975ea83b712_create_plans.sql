-- revision: 1975ea83b712
-- message: create plans

-- upgrade
CREATE TABLE plans (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL, monthly_token_limit INTEGER NOT NULL);
INSERT INTO plans (id, name, monthly_token_limit) VALUES (1, 'free', 2000);

-- downgrade
DROP TABLE plans;

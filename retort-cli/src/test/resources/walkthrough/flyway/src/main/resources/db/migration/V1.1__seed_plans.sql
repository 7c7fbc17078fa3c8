-- a comment; with a semicolon
INSERT INTO plans (id, name, monthly_token_limit) VALUES (1, 'free', 2000);
INSERT INTO plans (id, name, monthly_token_limit) VALUES (2, 'pro', 50000);

UPDATE users SET legacy = 'it''s' WHERE id = 7;

ALTER TABLE users COMMENT = 'people who log in';

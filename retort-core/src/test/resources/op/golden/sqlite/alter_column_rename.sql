ALTER TABLE users RENAME COLUMN legacy TO notes;

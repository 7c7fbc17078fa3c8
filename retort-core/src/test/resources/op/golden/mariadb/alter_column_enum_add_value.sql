ALTER TABLE tickets MODIFY COLUMN kind ENUM('bug', 'task', 'idea') NOT NULL;

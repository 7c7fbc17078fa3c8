ALTER TABLE tickets MODIFY COLUMN kind ENUM('bug', 'task', 'idea') DEFAULT 'bug' NOT NULL;

ALTER TABLE tickets MODIFY COLUMN kind ENUM('bug', 'task') DEFAULT 'bug' NOT NULL;

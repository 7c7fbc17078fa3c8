ALTER TABLE tickets MODIFY COLUMN kind ENUM('bug', 'idea') DEFAULT 'task' NOT NULL;
ALTER TABLE tickets ALTER COLUMN kind SET DEFAULT 'idea';

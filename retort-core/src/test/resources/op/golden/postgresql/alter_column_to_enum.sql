CREATE TYPE ticket_kind AS ENUM ('bug', 'task');
ALTER TABLE tickets ALTER COLUMN kind DROP DEFAULT;
ALTER TABLE tickets ALTER COLUMN kind TYPE ticket_kind USING kind::text::ticket_kind;
ALTER TABLE tickets ALTER COLUMN kind SET DEFAULT 'bug';

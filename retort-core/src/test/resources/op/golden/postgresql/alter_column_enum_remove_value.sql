ALTER TYPE ticket_kind RENAME TO ticket_kind__retort_old;
CREATE TYPE ticket_kind AS ENUM ('bug');
ALTER TABLE tickets ALTER COLUMN kind TYPE ticket_kind USING kind::text::ticket_kind;
DROP TYPE ticket_kind__retort_old;

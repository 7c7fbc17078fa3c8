DO $$BEGIN IF to_regtype('ticket_kind') IS NOT NULL THEN ALTER TYPE ticket_kind RENAME TO ticket_kind__retort_old; END IF; END$$;
CREATE TYPE ticket_kind AS ENUM ('bug', 'task', 'idea');
ALTER TABLE tickets ALTER COLUMN kind TYPE ticket_kind USING kind::text::ticket_kind;
DROP TYPE IF EXISTS ticket_kind__retort_old;

CREATE TABLE IF NOT EXISTS "retort_version" (
    "version_num" VARCHAR(32) NOT NULL,
    CONSTRAINT "retort_version_pkc" PRIMARY KEY ("version_num")
);

-- Running upgrade <base> -> 1a2b3c4d5e6f, create user table
CREATE TABLE app_user (id INTEGER PRIMARY KEY);
INSERT INTO "retort_version" ("version_num") VALUES ('1a2b3c4d5e6f');

-- Running upgrade 1a2b3c4d5e6f -> 2b3c4d5e6f70, add accounts
CREATE TABLE account (id INTEGER PRIMARY KEY, name VARCHAR(50), opened DATE, active BOOLEAN);
INSERT INTO account (id, name, opened, active) VALUES (1, 'O''Neil \ Co', DATE '2024-01-31', TRUE);
INSERT INTO account (id, name, opened, active) VALUES (2, 'ünïcødé', NULL, FALSE);
UPDATE "retort_version" SET "version_num"='2b3c4d5e6f70' WHERE "version_num"='1a2b3c4d5e6f';

-- Running upgrade 2b3c4d5e6f70 -> 3c4d5e6f7081, audit log, outside a transaction
CREATE TABLE audit_log (id INTEGER);
UPDATE "retort_version" SET "version_num"='3c4d5e6f7081' WHERE "version_num"='2b3c4d5e6f70';


-- Running downgrade 3c4d5e6f7081 -> 2b3c4d5e6f70, audit log, outside a transaction
DROP TABLE audit_log;
UPDATE "retort_version" SET "version_num"='2b3c4d5e6f70' WHERE "version_num"='3c4d5e6f7081';

-- Running downgrade 2b3c4d5e6f70 -> 1a2b3c4d5e6f, add accounts
DROP TABLE account;
UPDATE "retort_version" SET "version_num"='1a2b3c4d5e6f' WHERE "version_num"='2b3c4d5e6f70';

-- Running downgrade 1a2b3c4d5e6f -> <base>, create user table
DROP TABLE app_user;
DELETE FROM "retort_version" WHERE "version_num"='1a2b3c4d5e6f';


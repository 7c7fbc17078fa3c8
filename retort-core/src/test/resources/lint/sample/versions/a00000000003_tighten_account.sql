-- revision: a00000000003
-- revises: a00000000002
-- message: tighten account

-- upgrade
SET lock_timeout = '5s';
CREATE INDEX CONCURRENTLY ix_account_plan ON account (plan_id);
ALTER TABLE account ALTER COLUMN name SET NOT NULL;
ALTER TABLE account ALTER COLUMN id TYPE BIGINT;
ALTER TABLE account ALTER COLUMN name TYPE VARCHAR(200);
ALTER TABLE account ADD CONSTRAINT fk_account_plan FOREIGN KEY (plan_id) REFERENCES plan (id);
ALTER TABLE account ADD CONSTRAINT ck_account_age CHECK (age >= 0) NOT VALID;
-- retort:allow drop-column nothing has read legacy since release 41
ALTER TABLE account DROP COLUMN legacy;
-- retort:allow rename-table kept from an older version of this script
ALTER TABLE account RENAME COLUMN name TO full_name;

-- downgrade
ALTER TABLE account RENAME COLUMN full_name TO name;

ALTER TABLE "users" ALTER COLUMN "legacy" SET DEFAULT 'none';

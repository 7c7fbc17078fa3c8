ALTER TABLE "tickets" ALTER COLUMN "kind" SET DATA TYPE ENUM('bug', 'idea');
ALTER TABLE "tickets" ALTER COLUMN "kind" SET DEFAULT 'idea';

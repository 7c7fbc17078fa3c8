ALTER TABLE "tickets" ALTER COLUMN "kind" SET DATA TYPE ENUM('bug', 'task');

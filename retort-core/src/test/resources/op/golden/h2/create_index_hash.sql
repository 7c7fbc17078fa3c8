CREATE HASH INDEX "ix_users_email_hash" ON "users" ("email");

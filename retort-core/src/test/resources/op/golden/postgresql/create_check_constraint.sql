ALTER TABLE users ADD CONSTRAINT ck_users_email CHECK (email <> '');

CREATE TABLE _retort_tmp_users (
    id INTEGER NOT NULL,
    email VARCHAR(320) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_users_email UNIQUE (email)
);
INSERT INTO _retort_tmp_users (id, email) SELECT id, email FROM users;
DROP TABLE users;
ALTER TABLE _retort_tmp_users RENAME TO users;

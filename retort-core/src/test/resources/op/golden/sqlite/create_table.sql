CREATE TABLE users (
    id INTEGER NOT NULL,
    email VARCHAR(255) NOT NULL,
    "plan" VARCHAR(4) DEFAULT 'free' NOT NULL CHECK ("plan" IN ('free', 'pro')),
    score NUMERIC(10, 2) DEFAULT 0,
    created_at TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (id),
    CONSTRAINT uq_users_email UNIQUE (email),
    CONSTRAINT ck_users_score CHECK (score >= 0)
);
CREATE INDEX ix_users_created ON users (created_at);

CREATE TABLE users (
    id BIGINT AUTO_INCREMENT NOT NULL,
    email VARCHAR(255) NOT NULL COMMENT 'login',
    plan ENUM('free', 'pro') DEFAULT 'free' NOT NULL,
    score DECIMAL(10, 2) DEFAULT 0,
    created_at DATETIME(6),
    PRIMARY KEY (id),
    CONSTRAINT uq_users_email UNIQUE (email),
    CONSTRAINT ck_users_score CHECK (score >= 0)
);
CREATE INDEX ix_users_created ON users (created_at);

CREATE TABLE retort_history (
    id BIGINT NOT NULL,
    revision VARCHAR(255) NOT NULL,
    direction VARCHAR(16) NOT NULL,
    checksum VARCHAR(64),
    statements_total INTEGER,
    statements_done INTEGER NOT NULL,
    success BOOLEAN NOT NULL,
    duration_ms BIGINT,
    applied_by VARCHAR(255),
    applied_at VARCHAR(40) NOT NULL,
    message VARCHAR(2000),
    statement_hashes VARCHAR(2000),
    CONSTRAINT retort_history_pk PRIMARY KEY (id)
);

CREATE TABLE IF NOT EXISTS retort_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT retort_version_pkc PRIMARY KEY (version_num)
);

CREATE TABLE app.alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

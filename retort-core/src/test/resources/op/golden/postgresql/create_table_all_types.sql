CREATE TYPE mood AS ENUM ('happy', 'sad');
CREATE TABLE everything (
    a_smallint SMALLINT,
    a_integer INTEGER,
    a_bigint BIGINT,
    a_boolean BOOLEAN,
    a_varchar VARCHAR(40),
    a_text TEXT,
    a_numeric NUMERIC(12, 4),
    a_real REAL,
    a_double DOUBLE PRECISION,
    a_date DATE,
    a_time TIME,
    a_timetz TIME WITH TIME ZONE,
    a_timestamp TIMESTAMP,
    a_timestamptz TIMESTAMP WITH TIME ZONE,
    a_uuid UUID,
    a_json JSONB,
    a_binary BYTEA,
    a_enum mood
);

CREATE TABLE pets (
    id BIGINT NOT NULL,
    owner_id BIGINT NOT NULL,
    vet_id BIGINT,
    name TEXT,
    PRIMARY KEY (id),
    FOREIGN KEY (owner_id) REFERENCES owners (id) ON DELETE CASCADE,
    CONSTRAINT fk_pets_vet FOREIGN KEY (vet_id) REFERENCES vets (id)
);
CREATE INDEX ix_pets_name ON pets (name);

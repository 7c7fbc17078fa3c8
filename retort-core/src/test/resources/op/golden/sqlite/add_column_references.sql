ALTER TABLE pets ADD COLUMN vet_id BIGINT;
CREATE INDEX ix_pets_vet ON pets (vet_id);
-- UNSUPPORTED: createForeignKey on table pets is not supported offline on sqlite: it rebuilds the table, which needs the live table's definition; run online, or use op.batch(definition, b -> ...) with the table as it is

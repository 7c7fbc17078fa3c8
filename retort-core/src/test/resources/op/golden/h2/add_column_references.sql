ALTER TABLE "pets" ADD COLUMN "vet_id" BIGINT;
CREATE INDEX "ix_pets_vet" ON "pets" ("vet_id");
ALTER TABLE "pets" ADD CONSTRAINT "fk_pets_vet" FOREIGN KEY ("vet_id") REFERENCES "vets" ("id");

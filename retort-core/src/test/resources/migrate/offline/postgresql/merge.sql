-- Running upgrade 2b3c4d5e6f70 -> 4d5e6f708192
BEGIN;
ALTER TABLE account ADD COLUMN note VARCHAR(20);
UPDATE retort_version SET version_num='4d5e6f708192' WHERE version_num='2b3c4d5e6f70';
COMMIT;

-- Running upgrade 3c4d5e6f7081, 4d5e6f708192 -> 5e6f708192a3, merge heads
BEGIN;
SELECT 1;
DELETE FROM retort_version WHERE version_num='3c4d5e6f7081';
DELETE FROM retort_version WHERE version_num='4d5e6f708192';
INSERT INTO retort_version (version_num) VALUES ('5e6f708192a3');
COMMIT;


DROP VIEW IF EXISTS plan_names;
CREATE VIEW plan_names AS SELECT name FROM plans;

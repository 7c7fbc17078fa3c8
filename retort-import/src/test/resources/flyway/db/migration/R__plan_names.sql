CREATE VIEW plan_names AS SELECT name FROM plans;

-- revision: e337bcfc7a00
-- revises: 5e00f9470594
-- depends-on:
-- branch-labels:
-- message: seed plans
-- created: 2026-12-03T11:51:18Z

-- upgrade
INSERT INTO plans (name, monthly_token_limit) VALUES ('free', 2000);
INSERT INTO plans (name, monthly_token_limit) VALUES ('pro', 200000);

-- downgrade
DELETE FROM plans WHERE name IN ('free', 'pro');

INSERT INTO "users" ("email") VALUES ('a@example.com'),
    ('b@example.com');
INSERT INTO "users" ("legacy", "email") VALUES (NULL, 'c@example.com');

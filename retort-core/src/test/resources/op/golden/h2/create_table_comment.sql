COMMENT ON TABLE "users" IS 'people who log in';

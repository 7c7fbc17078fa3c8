UPDATE users SET legacy = NULL;

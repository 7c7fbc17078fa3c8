UPDATE plans SET monthly_token_limit = 10000 WHERE name = 'free';

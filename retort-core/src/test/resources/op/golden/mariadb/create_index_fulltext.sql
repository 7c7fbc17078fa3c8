CREATE FULLTEXT INDEX ft_users_email ON users (email, legacy);

ALTER TABLE orders DROP FOREIGN KEY fk_orders_user, DROP INDEX IF EXISTS fk_orders_user;

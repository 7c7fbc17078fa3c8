ALTER TABLE orders DROP FOREIGN KEY fk_orders_user;

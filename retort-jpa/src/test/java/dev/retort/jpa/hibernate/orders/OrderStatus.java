package dev.retort.jpa.hibernate.orders;


public enum OrderStatus { NEW, PAID, SHIPPED, CANCELLED }

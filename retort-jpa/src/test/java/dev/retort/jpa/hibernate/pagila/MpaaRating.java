package dev.retort.jpa.hibernate.pagila;


public enum MpaaRating { G, PG, PG13, R, NC17 }

package dev.retort.jpa.hibernate.audit;


public enum Confidentiality { PUBLIC, INTERNAL, SECRET }

package dev.retort.jpa.entities.inheritance;

/** Scanned but skipped: no @Entity. */
public class NotAnEntity {
    Long id;
}

package dev.retort.jpa.broken;

import dev.retort.jpa.entities.relations.Address;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.time.Duration;

/** Entities with mistakes, each read alone with JpaModelSource.ofClasses. */
public final class Broken {
    private Broken() {
    }

    @Entity
    public static class NoId {
        Long id;
    }

    @Entity
    public static class OddType {
        @Id
        Long id;

        Duration timeout;
    }

    @Entity
    public static class TwoAddresses {
        @Id
        Long id;

        @Embedded
        Address home;

        @Embedded
        Address work;
    }

    @Entity
    public static class UnknownTarget {
        @Id
        Long id;

        @ManyToOne
        NoId other;
    }
}

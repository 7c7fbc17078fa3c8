package dev.retort.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.retort.schema.Schema;
import dev.retort.schema.Sequence;
import java.util.List;
import org.junit.jupiter.api.Test;

/** JPA 2 ({@code javax.persistence}) entities read as their JPA 3 twins: the same schema. */
class JavaxPersistenceTest {

    private static Schema scan(String pkg) {
        return JpaModelSource.ofPackages(JavaxPersistenceTest.class.getClassLoader(), List.of(), List.of(pkg)).load();
    }

    @Test
    void javaxEntitiesReadAsTheirJakartaTwins() {
        Schema javax = scan("dev.retort.jpa.javax");
        assertEquals(scan("dev.retort.jpa.jakarta"), javax);
        assertEquals(List.of("club", "reader_interests", "readers"), javax.tables().stream().map(t -> t.name()).toList());
        assertFalse(javax.table("readers").orElseThrow().foreignKeys().isEmpty(), "the @ManyToOne's key");
        assertFalse(javax.table("readers").orElseThrow().checks().isEmpty(), "the @Enumerated(STRING) check");
        assertEquals(List.of(new Sequence(null, "club_seq", 10, 5)), javax.sequences(), "the class's @SequenceGenerator");
    }
}

package dev.retort.jpa;

import dev.retort.schema.Sequence;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.SequenceGenerators;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The sequences Hibernate 6 creates for the keys of {@code entities}: an {@code @Id} with
 * {@code @GeneratedValue(strategy = SEQUENCE)} draws from the {@code @SequenceGenerator} its {@code generator}
 * names (on any entity class or field: generator names are global), its {@code sequenceName} (else its name),
 * {@code initialValue} and {@code allocationSize} as start and increment. Without a {@code @SequenceGenerator},
 * the sequence is the generator's name, or with none {@code <root entity table>_SEQ}, increment 50. Names go
 * through the physical naming strategy, as Hibernate's do ({@code postings_SEQ} is {@code postings_seq} with
 * Spring's).
 */
final class Sequences {
    private static final int HIBERNATE_INCREMENT = 50;

    private Sequences() {
    }

    static List<Sequence> of(List<Class<?>> entities) {
        Map<String, SequenceGenerator> generators = new HashMap<>();
        for (Class<?> entity : entities) {
            for (AnnotatedElement e : elements(entity)) {
                for (SequenceGenerator g : Jpa.all(e, SequenceGenerator.class, SequenceGenerators.class)) {
                    generators.putIfAbsent(g.name(), g);
                }
            }
        }
        Map<String, Sequence> out = new TreeMap<>();
        for (Class<?> entity : entities) {
            for (Class<?> c = entity; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    GeneratedValue g = Jpa.get(f, GeneratedValue.class);
                    if (g != null && g.strategy() == GenerationType.SEQUENCE && Jpa.has(f, Id.class)) {
                        Sequence s = sequence(g.generator(), generators.get(g.generator()), root(entity));
                        out.putIfAbsent(s.name(), s);
                    }
                }
            }
        }
        return List.copyOf(out.values());
    }

    private static Sequence sequence(String generator, SequenceGenerator declared, Class<?> root) {
        if (declared == null) {
            String name = generator.isEmpty() ? Names.table(root) + "_SEQ" : generator;
            return new Sequence(null, PhysicalNaming.apply(name), 1, HIBERNATE_INCREMENT);
        }
        String name = declared.sequenceName().isEmpty() ? declared.name() : declared.sequenceName();
        String schema = declared.schema().isEmpty() ? null : PhysicalNaming.apply(declared.schema());
        return new Sequence(schema, PhysicalNaming.apply(name), declared.initialValue(), declared.allocationSize());
    }

    /** The class, its superclasses and the fields of each: where a {@code @SequenceGenerator} may sit. */
    private static List<AnnotatedElement> elements(Class<?> entity) {
        List<AnnotatedElement> out = new ArrayList<>();
        for (Class<?> c = entity; c != null && c != Object.class; c = c.getSuperclass()) {
            out.add(c);
            out.addAll(List.of(c.getDeclaredFields()));
        }
        return out;
    }

    /** The topmost entity class of {@code entity}'s hierarchy, whose table names an implicit sequence. */
    private static Class<?> root(Class<?> entity) {
        Class<?> root = entity;
        for (Class<?> c = entity.getSuperclass(); c != null && c != Object.class; c = c.getSuperclass()) {
            if (Jpa.has(c, Entity.class)) {
                root = c;
            }
        }
        return root;
    }
}

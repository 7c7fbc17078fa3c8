package dev.retort.jpa;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.model.ModelSource;
import dev.retort.schema.Schema;
import jakarta.persistence.Entity;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Reads {@code jakarta.persistence} entity annotations into a {@link Schema}, by reflection and without
 * a JPA provider: no entity class is initialized, no Hibernate is needed.
 *
 * <pre>{@code
 * Schema expected = JpaModelSource.ofPackages(loader, List.of(Path.of("target/classes")), List.of("com.example.model")).load();
 * Schema same = JpaModelSource.ofClasses(User.class, Plan.class).load();
 * }</pre>
 *
 * What is read (the README's table lists every feature): {@code @Entity}, {@code @Table} (name, schema, indexes, unique constraints), {@code @Column},
 * {@code @Id}, {@code @EmbeddedId}, {@code @GeneratedValue} (IDENTITY and AUTO are auto-increment),
 * {@code @Enumerated}, {@code @Temporal}, {@code @Lob}, {@code @Convert}, {@code @Version},
 * {@code @Embedded} with {@code @AttributeOverride}, {@code @MappedSuperclass}, {@code @Inheritance}
 * (all three strategies), {@code @ManyToOne} and owning {@code @OneToOne} with {@code @JoinColumn}, owning
 * {@code @ManyToMany} with {@code @JoinTable}, and Hibernate's {@code @OnDelete} when present. Names
 * follow Spring Boot's defaults (snake_case, see {@link PhysicalNaming}); unnamed constraints follow
 * {@link dev.retort.model.NamingConvention}. Tables are sorted by name, columns keep declaration order
 * with the key first.
 */
public final class JpaModelSource implements ModelSource {
    private final ClassLoader loader;
    private final List<Path> classpath;
    private final List<String> packages;
    private final List<Class<?>> classes;
    private final JpaSettings settings;

    private JpaModelSource(ClassLoader loader, List<Path> classpath, List<String> packages, List<Class<?>> classes,
                           JpaSettings settings) {
        this.settings = settings;
        this.loader = loader;
        this.classpath = classpath;
        this.packages = packages;
        this.classes = classes;
    }

    /**
     * The entities of {@code packages} and their sub-packages.
     *
     * @param loader    loads the entity classes
     * @param classpath directories and jars to scan, besides what {@code loader} finds under the package names
     */
    public static JpaModelSource ofPackages(ClassLoader loader, List<Path> classpath, List<String> packages) {
        if (packages.isEmpty()) {
            throw new IllegalArgumentException("give at least one package");
        }
        return new JpaModelSource(Objects.requireNonNull(loader, "loader"), List.copyOf(classpath), List.copyOf(packages), null,
                JpaSettings.defaults());
    }

    /** Exactly these entity classes. */
    public static JpaModelSource ofClasses(Class<?>... entities) {
        return new JpaModelSource(null, List.of(), List.of(), List.of(entities), JpaSettings.defaults());
    }

    /** This source, reading with {@code value} (naming strategy, target database). */
    public JpaModelSource with(JpaSettings value) {
        return new JpaModelSource(loader, classpath, packages, classes, Objects.requireNonNull(value, "settings"));
    }

    @Override
    public Schema load() {
        List<Class<?>> entities = classes != null ? classes
                : EntityScanner.scan(loader, classpath, packages).stream().filter(c -> Jpa.has(c, Entity.class)).toList();
        if (entities.isEmpty()) {
            throw new RetortException(ErrorCode.CONFIG, "no @Entity classes in model_packages " + String.join(", ", packages)
                    + (classpath.isEmpty() ? "" : " on model_classpath " + classpath)
                    + "; check the package names and that the classes are compiled");
        }
        return settings.apply(() -> SchemaReader.read(entities));
    }
}

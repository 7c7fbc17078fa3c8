package dev.retort.jpa.hibernate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.CompareOptions;
import dev.retort.autogenerate.SchemaComparator;
import dev.retort.dialect.Dialect;
import dev.retort.dialects.Dialects;
import dev.retort.jpa.JpaModelSource;
import dev.retort.jpa.JpaSettings;
import dev.retort.render.JdbcSink;
import dev.retort.schema.Schema;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hibernate as the reference (issue 10): for each entity set of the corpus, on each database, the schema is
 * created once by Hibernate's {@code SchemaExport} and once by Retort's autogenerate + upgrade; both are reflected
 * with Retort's inspector and compared. Every difference is listed in {@link #KNOWN} (the README's table of
 * features read differently) or is a failure. The round trip: in the database Hibernate made, Retort's
 * {@code check} (the comparison with the models) finds only the known differences; the database Retort made
 * passes Hibernate's {@code validate}.
 */
class HibernateComparisonTest {
    /** The corpus: a name and the entity classes of each set. */
    static final Map<String, List<Class<?>>> CORPUS = Map.ofEntries(
            Map.entry("shop", List.of(dev.retort.jpa.roundtrip.v1.Customer.class, dev.retort.jpa.roundtrip.v1.Order.class,
                    dev.retort.jpa.roundtrip.v1.Product.class, dev.retort.jpa.roundtrip.v1.Tag.class)),
            Map.entry("petclinic", List.of(dev.retort.jpa.entities.onetomany.Owner.class,
                    dev.retort.jpa.entities.onetomany.Pet.class, dev.retort.jpa.entities.onetomany.Visit.class)),
            Map.entry("saas", List.of(dev.retort.jpa.hibernate.saas.Plan.class, dev.retort.jpa.hibernate.saas.User.class)),
            Map.entry("sakila", List.of(dev.retort.jpa.hibernate.sakila.Language.class, dev.retort.jpa.hibernate.sakila.Actor.class, dev.retort.jpa.hibernate.sakila.Category.class, dev.retort.jpa.hibernate.sakila.Film.class)),
            Map.entry("blog", List.of(dev.retort.jpa.hibernate.blog.Author.class, dev.retort.jpa.hibernate.blog.Post.class, dev.retort.jpa.hibernate.blog.Tag.class, dev.retort.jpa.hibernate.blog.Comment.class)),
            Map.entry("orders", List.of(dev.retort.jpa.hibernate.orders.Customer.class, dev.retort.jpa.hibernate.orders.PurchaseOrder.class, dev.retort.jpa.hibernate.orders.Payment.class,
                    dev.retort.jpa.hibernate.orders.Product.class, dev.retort.jpa.hibernate.orders.OrderLine.class)),
            Map.entry("audit", List.of(dev.retort.jpa.hibernate.audit.Document.class, dev.retort.jpa.hibernate.audit.Revision.class)),
            Map.entry("single", List.of(dev.retort.jpa.hibernate.single.Vehicle.class, dev.retort.jpa.hibernate.single.Car.class, dev.retort.jpa.hibernate.single.Truck.class)),
            Map.entry("joined", List.of(dev.retort.jpa.hibernate.joined.Account.class, dev.retort.jpa.hibernate.joined.SavingsAccount.class, dev.retort.jpa.hibernate.joined.CheckingAccount.class)),
            Map.entry("tpc", List.of(dev.retort.jpa.hibernate.tpc.Party.class, dev.retort.jpa.hibernate.tpc.Person.class, dev.retort.jpa.hibernate.tpc.Company.class)),
            Map.entry("collections", List.of(dev.retort.jpa.hibernate.collections.Member.class, dev.retort.jpa.hibernate.collections.Club.class)),
            Map.entry("pagila", List.of(dev.retort.jpa.hibernate.pagila.Country.class, dev.retort.jpa.hibernate.pagila.City.class, dev.retort.jpa.hibernate.pagila.Address.class, dev.retort.jpa.hibernate.pagila.Film.class,
                    dev.retort.jpa.hibernate.pagila.FilmActor.class, dev.retort.jpa.hibernate.pagila.Customer.class, dev.retort.jpa.hibernate.pagila.Rental.class)),
            Map.entry("library", List.of(dev.retort.jpa.hibernate.library.Writer.class, dev.retort.jpa.hibernate.library.Book.class)),
            Map.entry("arrays", List.of(dev.retort.jpa.hibernate.arrays.Gadget.class)),
            Map.entry("school", List.of(dev.retort.jpa.hibernate.school.Course.class, dev.retort.jpa.hibernate.school.Student.class,
                    dev.retort.jpa.hibernate.school.Enrollment.class)),
            Map.entry("ledger", List.of(dev.retort.jpa.hibernate.ledger.Journal.class, dev.retort.jpa.hibernate.ledger.Posting.class)),
            // the same with Hibernate's naming: the implicit sequence keeps its case (postings_SEQ)
            Map.entry("ledger-hibernate", List.of(dev.retort.jpa.hibernate.ledger.Journal.class,
                    dev.retort.jpa.hibernate.ledger.Posting.class)));

    /** The sets read with Hibernate's own naming ({@code jpa_naming_strategy = hibernate}); the others with Spring's. */
    static final List<String> HIBERNATE_NAMING = List.of("library", "ledger-hibernate");

    /** Known differences, by set and database: what Retort's check reports against Hibernate's schema. */
    static final Map<String, List<String>> KNOWN = Map.of(
            // @Lob String: Hibernate on PostgreSQL stores an oid (a large object); Retort writes text
            "shop/postgresql", List.of("~ column customers.notes type oid -> text"),
            "saas/mariadb", List.of("~ column plans.active type bit(1) -> boolean"),
            // SQLite has no sequences: Hibernate emulates each with a table, which the models do not declare
            "ledger/sqlite", List.of("- table postings_seq", "- table journal_seq"),
            "ledger-hibernate/sqlite", List.of("- table postings_SEQ", "- table journal_seq"),
            // columnDefinition "TEXT" as Hibernate passes it on H2 reflects as varchar; Retort reads it as text
            "sakila/h2", List.of("~ column film.description type varchar -> text"),
            "shop/mariadb", List.of(
                    // boolean: Hibernate writes bit(1) on MariaDB; Retort writes boolean (tinyint(1))
                    "~ column customers.active type bit(1) -> boolean"));

    /**
     * On SQLite, what Hibernate's community dialect does differently everywhere, as patterns (the README lists them):
     * it writes no foreign keys and no {@code @Table} unique constraints (SQLite cannot add them by ALTER TABLE),
     * creates {@code HT_}/{@code HTE_} tables for bulk mutations, maps every timestamp without a time zone, an
     * ORDINAL enum to tinyint, a UUID to binary and a {@code @Lob} String to clob.
     */
    static final List<String> SQLITE_KNOWN = List.of("\\+ foreign key .*", "\\+ unique .*", "- table HTE?_.*",
            "~ column .* type timestamp -> timestamp with time zone", "~ column .* type tinyint -> smallint",
            "~ column .* type binary -> uuid", "~ column .* type clob -> text");

    /**
     * On SQLite, Hibernate's {@code validate} refuses an auto-increment bigint key, which SQLite can only make as
     * {@code INTEGER PRIMARY KEY}, a timestamp with time zone (its dialect expects a plain timestamp), and the
     * missing tables it emulates sequences with.
     */
    static final List<String> SQLITE_VALIDATE_REFUSES = List.of(
            "found [integer (Types#INTEGER)], but expecting [bigint (Types#BIGINT)]",
            "found [timestamp with time zone (Types#VARCHAR)], but expecting [timestamp (Types#TIMESTAMP_UTC)]",
            // the tables that emulate sequences (ledger), which Retort does not create
            "Schema-validation: missing table [journal_seq]");

    /**
     * Where Hibernate's {@code validate} refuses the schema Retort made, the start of its message: a {@code @Lob}
     * String is text to Retort, and a CLOB (oid on PostgreSQL, longtext on MariaDB) to Hibernate.
     */
    static final Map<String, String> VALIDATE_REFUSES = Map.ofEntries(
            // UUID: Hibernate 6.6 expects MariaDB's native uuid; Retort writes char(36)
            Map.entry("saas/mariadb", "wrong column type encountered in column [external_id] in table [users]; found [char"),
            // text on H2: Retort writes CLOB (H2's TEXT); Hibernate's columnDefinition "TEXT" expects a varchar
            Map.entry("sakila/h2", "wrong column type encountered in column [description] in table [`film`]; found [character large object"),
            Map.entry("shop/postgresql", "wrong column type encountered in column [notes] in table [customers]; found [text"),
            Map.entry("shop/mariadb", "wrong column type encountered in column [notes] in table [customers]; found [text"));

    @TempDir
    Path dir;

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (String set : CORPUS.keySet().stream().sorted().toList()) {
            for (String dialect : List.of("postgresql", "h2", "mariadb", "sqlite")) {
                out.add(Arguments.of(set, dialect));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("cases")
    void retortMakesTheSchemaHibernateMakes(String set, String dialectName) throws Exception {
        Dialect dialect = Dialects.forName(dialectName);
        List<Class<?>> entities = CORPUS.get(set);
        JpaSettings.Naming naming = HIBERNATE_NAMING.contains(set) ? JpaSettings.Naming.HIBERNATE : JpaSettings.Naming.SPRING;
        Schema models = JpaModelSource.ofClasses(entities.toArray(Class<?>[]::new))
                .with(JpaSettings.defaults().withNaming(naming).withDialect(dialectName)).load();
        SchemaComparator comparator = new SchemaComparator(dialect);
        Schema byHibernate;
        try (TestDatabase db = TestDatabases.of(dialectName, java.nio.file.Files.createDirectories(dir.resolve("h"))); Connection c = db.connect()) {
            HibernateSchema.create(db, entities, naming);
            byHibernate = dialect.inspector().inspect(c, null);
            assertEquals(KNOWN.getOrDefault(set + "/" + dialectName, List.of()),
                    unknown(dialectName, comparator.compare(models, byHibernate, CompareOptions.all()).changes()),
                    "check on the database Hibernate made");
        }
        try (TestDatabase db = TestDatabases.of(dialectName, java.nio.file.Files.createDirectories(dir.resolve("r"))); Connection c = db.connect()) {
            c.setAutoCommit(false);
            JdbcSink sink = new JdbcSink(c, dialect);
            comparator.compare(models, dialect.inspector().inspect(c, null), CompareOptions.all()).upgrade()
                    .forEach(sink::accept);
            c.commit();
            Schema byRetort = dialect.inspector().inspect(c, null);
            assertEquals(KNOWN.getOrDefault(set + "/" + dialectName, List.of()),
                    unknown(dialectName, comparator.compare(byRetort, byHibernate, CompareOptions.all()).changes()),
                    "Retort's schema against Hibernate's");
            String refusal = VALIDATE_REFUSES.get(set + "/" + dialectName);
            if (dialectName.equals("sqlite")) {
                try {
                    HibernateSchema.validate(db, entities, naming);
                } catch (RuntimeException e) {
                    assertTrue(SQLITE_VALIDATE_REFUSES.stream().anyMatch(e.getMessage()::contains), e.getMessage());
                }
            } else if (refusal == null) {
                HibernateSchema.validate(db, entities, naming);
            } else {
                Exception e = assertThrows(Exception.class, () -> HibernateSchema.validate(db, entities, naming));
                assertTrue(e.getMessage().contains(refusal), e.getMessage());
            }
        }
    }

    /** The changes not explained by {@link #SQLITE_KNOWN} (on SQLite; all changes elsewhere). */
    private static List<String> unknown(String dialect, List<String> changes) {
        return !dialect.equals("sqlite") ? changes
                : changes.stream().filter(c -> SQLITE_KNOWN.stream().noneMatch(c::matches)).toList();
    }
}

package dev.retort.autogenerate;

import dev.retort.CompareOptions;
import dev.retort.Diff;
import dev.retort.autogenerate.Steps.Phase;
import dev.retort.dialect.DdlRenderer;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.SchemaInspector;
import dev.retort.op.CreateTable;
import dev.retort.op.DropTable;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Compares the schema the models declare with the schema reflected from the database, for one dialect,
 * into the operations that reconcile them: one diff algorithm, asking the dialect only whether two things
 * are the same there (types through {@link DdlRenderer#columnTypeSql}, defaults through
 * {@link SchemaInspector#normalizeDefault}, comments where {@link DdlRenderer#supportsComments()}).
 *
 * <pre>{@code
 * Schema actual = dialect.inspector().inspect(connection, null);
 * Diff diff = new SchemaComparator(dialect).compare(models, actual, CompareOptions.all());
 * diff.changes();    // [+ table orders, + column users.phone, ~ column users.email type varchar(255) -> text]
 * diff.upgrade();    // [CreateTable[orders], AddColumn[users.phone], AlterColumn[users.email]]
 * diff.downgrade();  // the reverse of each, last first
 * }</pre>
 *
 * <p>Sequences compare by name, start and increment ({@link SequenceComparator}), where the database has them.
 * Tables only in the database are dropped (carrying their definition, so the downgrade recreates them);
 * tables the options exclude are never created, dropped or changed. Names compare exactly, as the database
 * stores them: Retort quotes whatever the database would fold.
 */
public final class SchemaComparator {
    private final Dialect dialect;

    public SchemaComparator(Dialect dialect) {
        this.dialect = Objects.requireNonNull(dialect, "dialect");
    }

    /** {@code desired}: from the models; {@code actual}: from {@code dialect.inspector()}. */
    public Diff compare(Schema desired, Schema actual, CompareOptions options) {
        return compare(desired, actual, options, null);
    }

    /**
     * As {@link #compare(Schema, Schema, CompareOptions)}, knowing the name of the connection's current schema
     * ({@code currentSchema}, null if unknown): a model table declared in it, as {@code @Table(schema = "public")}
     * on PostgreSQL, is compared when the options name no schema.
     */
    public Diff compare(Schema desired, Schema actual, CompareOptions options, String currentSchema) {
        String schema = options.schema();
        String compared = schema != null ? schema : currentSchema;
        Predicate<String> included = options.tableFilter()
                .and(SchemaInspector.excluding(SchemaInspector.ALWAYS_EXCLUDED));
        DdlRenderer ddl = dialect.ddl();
        Steps steps = new Steps();
        Equivalence same = new Equivalence(ddl, dialect.inspector(), schema, dialect.sqlSyntax());

        List<Table> wanted = new ArrayList<>();
        for (Table t : desired.tables()) {
            if (t.schema() != null && !t.schema().equals(schema) && !t.schema().equals(compared)) {
                steps.uncompared("table " + t.schema() + "." + t.name() + " is not in the schema compared ("
                        + (compared == null ? "the connection's" : compared) + "): not compared; set the schema to compare, "
                        + "or drop schema from the model");
            } else if (included.test(t.name())) {
                wanted.add(t.toBuilder().schema(schema).build());
            }
        }
        List<Table> present = actual.tables().stream().filter(t -> included.test(t.name())).toList();

        List<Table> created = new ArrayList<>();
        TableComparator tables = new TableComparator(same, ddl, steps, schema, options.compareConstraintNames());
        for (Table t : wanted) {
            Optional<Table> existing = find(present, t.name());
            if (existing.isPresent()) {
                tables.compare(t, existing.get());
            } else {
                created.add(t);
            }
        }
        create(created, steps, same, schema);
        drop(present.stream().filter(t -> find(wanted, t.name()).isEmpty()).toList(), steps, same, schema);
        if (ddl.supportsSequences()) {
            SequenceComparator.compare(desired.sequences(), actual.sequences(), steps, schema, compared);
        }
        return steps.toDiff();
    }

    private static Optional<Table> find(List<Table> tables, String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    private static void create(List<Table> tables, Steps steps, Equivalence same, String schema) {
        CreationOrder order = CreationOrder.of(tables);
        for (Table t : order.tables()) {
            steps.add(Phase.CREATE_TABLES, new CreateTable(t), Summary.table('+', t.name()));
        }
        ConstraintComparator keys = new ConstraintComparator(same, steps, schema, true);
        order.deferred().forEach(d -> keys.createForeignKey(d.table().name(), d.key()));
    }

    // The creation of these tables, undone: keys that close a cycle first, then the tables, children first.
    private static void drop(List<Table> tables, Steps steps, Equivalence same, String schema) {
        CreationOrder order = CreationOrder.of(tables);
        ConstraintComparator keys = new ConstraintComparator(same, steps, schema, true);
        order.deferred().forEach(d -> keys.dropForeignKey(d.table().name(), d.key()));
        List<Table> reversed = new ArrayList<>(order.tables());
        java.util.Collections.reverse(reversed);
        for (Table t : reversed) {
            steps.add(Phase.DROP_TABLES, new DropTable(schema, t.name(), t), Summary.table('-', t.name()));
            steps.note(DataLoss.droppedTable(t.name()));
        }
    }
}

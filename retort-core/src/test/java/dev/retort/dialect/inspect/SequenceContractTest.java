package dev.retort.dialect.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.CompareOptions;
import dev.retort.Diff;
import dev.retort.autogenerate.SchemaComparator;
import dev.retort.dialect.Dialect;
import dev.retort.dialects.Dialects;
import dev.retort.error.RetortException;
import dev.retort.op.CreateSequence;
import dev.retort.op.CreateTable;
import dev.retort.op.DropSequence;
import dev.retort.render.JdbcSink;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.Schema;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import dev.retort.testing.EachDialect;
import dev.retort.testing.TestDatabase;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sequences on each real database: created by the operations, read back by the inspector (without the sequences
 * of identity and serial columns, which belong to their column), compared by autogenerate both ways, dropped.
 * SQLite has none: it refuses the operation in one line and reflects none.
 */
class SequenceContractTest extends EachDialect {
    private static final Sequence JOURNAL = new Sequence(null, "journal_seq", 1, 20);
    private static final Sequence ORDERS = new Sequence(null, "order_ids", 100, 50);

    @Test
    void createsReadsBackAndDropsSequences() throws Exception {
        Dialect d = Dialects.forName(dialect);
        try (TestDatabase db = database(); Connection c = db.connect()) {
            JdbcSink sink = new JdbcSink(c, d);
            sink.accept(new CreateTable(Table.builder("items")
                    .column(Column.of("id", ColumnType.bigint()).notNull().withAutoIncrement(true)).primaryKey("id").build()));
            if (!d.ddl().supportsSequences()) {
                RetortException e = assertThrows(RetortException.class, () -> sink.accept(new CreateSequence(JOURNAL)));
                assertEquals("createSequence journal_seq is not supported on sqlite: SQLite has no sequences; use an INTEGER "
                        + "PRIMARY KEY (autoIncrement)", e.getMessage());
                assertEquals(List.of(), d.inspector().inspect(c, null).sequences());
                return;
            }
            if (dialect.equals("postgresql")) {
                Inspected.run(c, "CREATE TABLE counters (id serial PRIMARY KEY)");
            }
            sink.accept(new CreateSequence(JOURNAL));
            sink.accept(new CreateSequence(ORDERS));
            assertEquals(List.of(JOURNAL, ORDERS), d.inspector().inspect(c, null).sequences());
            sink.accept(new DropSequence(null, "order_ids", null));
            assertEquals(List.of(JOURNAL), d.inspector().inspect(c, null).sequences());
        }
    }

    @Test
    void aSequenceOfAnotherSchemaIsCreatedAndReadThereOnly() throws Exception {
        if (!dialect.equals("postgresql") && !dialect.equals("mariadb")) {
            return; // one database per connection here (SQLite, H2's files): no other schema to reach
        }
        Dialect d = Dialects.forName(dialect);
        try (TestDatabase here = database(); TestDatabase there = database(); Connection c = here.connect()) {
            Sequence remote = new Sequence(there.name(), "remote_seq", 5, 2);
            new JdbcSink(c, d).accept(new CreateSequence(remote));
            assertEquals(List.of(remote), d.inspector().inspect(c, there.name()).sequences());
            assertEquals(List.of(), d.inspector().inspect(c, null).sequences());
        }
    }

    @Test
    void autogenerateCreatesAndAltersSequencesKeepsUnclaimedOnesAndTheDowngradeUndoesIt() throws Exception {
        Dialect d = Dialects.forName(dialect);
        try (TestDatabase db = database(); Connection c = db.connect()) {
            JdbcSink sink = new JdbcSink(c, d);
            Schema models = new Schema(List.of(), List.of(JOURNAL.withIncrement(50), new Sequence(null, "postings_seq", 1, 50)));
            if (!d.ddl().supportsSequences()) {
                assertEquals(List.of(), new SchemaComparator(d).compare(models, Schema.empty(), CompareOptions.all()).changes());
                return;
            }
            sink.accept(new CreateSequence(JOURNAL));
            sink.accept(new CreateSequence(ORDERS));
            Schema before = d.inspector().inspect(c, null);
            Diff diff = new SchemaComparator(d).compare(models, before, CompareOptions.all());
            assertEquals(List.of("~ sequence journal_seq start 1 -> 1, increment 20 -> 50",
                    "+ sequence postings_seq"), diff.changes());
            assertTrue(diff.notes().stream().anyMatch(n -> n.startsWith("NOTE: sequence order_ids exists only in the database")),
                    diff.notes()::toString);
            diff.upgrade().forEach(sink::accept);
            List<Sequence> after = new java.util.ArrayList<>(models.sequences());
            after.add(ORDERS);
            after.sort(java.util.Comparator.comparing(Sequence::name));
            assertEquals(after, d.inspector().inspect(c, null).sequences(), "order_ids, which no model names, is kept");
            assertEquals(List.of(), new SchemaComparator(d).compare(models, d.inspector().inspect(c, null), CompareOptions.all())
                    .changes(), "nothing left to do");
            diff.downgrade().forEach(sink::accept);
            assertEquals(before.sequences(), d.inspector().inspect(c, null).sequences());
        }
    }
}

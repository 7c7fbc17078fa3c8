package dev.retort;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.op.AddColumn;
import dev.retort.op.AlterColumn;
import dev.retort.op.AlterSequence;
import dev.retort.op.Batch;
import dev.retort.op.BulkInsert;
import dev.retort.op.ColumnDef;
import dev.retort.op.CreateCheckConstraint;
import dev.retort.op.CreateForeignKey;
import dev.retort.op.CreateIndex;
import dev.retort.op.CreatePrimaryKey;
import dev.retort.op.CreateSequence;
import dev.retort.op.CreateTable;
import dev.retort.op.CreateTableComment;
import dev.retort.op.CreateUniqueConstraint;
import dev.retort.op.DropColumn;
import dev.retort.op.DropConstraint;
import dev.retort.op.DropIndex;
import dev.retort.op.DropSequence;
import dev.retort.op.DropTable;
import dev.retort.op.DropTableComment;
import dev.retort.op.ForeignKeyDef;
import dev.retort.op.Operation;
import dev.retort.op.RenameTable;
import dev.retort.op.TableElement;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ConstraintKind;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What a migration script uses to change the database: Alembic's {@code op}, with the words of
 * {@link Ddl} ({@code import static dev.retort.Ddl.*;}).
 *
 * <p>Online, each call runs at once on the migration's connection, inside the migration's transaction.
 * Offline ({@code --sql}), each call is rendered as SQL text for the configured database and printed instead.
 * A change the database cannot make fails with {@link ErrorCode#UNSUPPORTED}, naming it and the database,
 * before any of its SQL runs.
 *
 * <pre>{@code
 * op.createTable("users", column("id", bigint()).primaryKey().autoIncrement(), column("email", varchar(255)).notNull());
 * op.addColumn("users", column("phone", varchar(20)));
 * op.alterColumn("users", "email", a -> a.type(varchar(320)).nullable(false));
 * op.createIndex("ix_users_email", "users", "email");
 * op.batch("users", b -> b.dropColumn("legacy"));
 * }</pre>
 *
 * <p>Every call builds an {@link Operation} value and hands it to {@link #apply(Operation)}.
 */
public interface Op {
    /** Runs one SQL statement (or prints it, offline). */
    void execute(String sql);

    /**
     * Runs one SQL statement with {@code ?} placeholders bound to {@code parameters}. Offline, the
     * parameters are rendered as SQL literals.
     */
    void execute(String sql, Object... parameters);

    /**
     * The JDBC connection of the running migration, for work the {@code op} API does not cover.
     *
     * @throws RetortException with {@link ErrorCode#OFFLINE_UNSUPPORTED} in {@code --sql} mode
     */
    Connection connection();

    /** True in {@code --sql} mode, where nothing reaches a database. */
    boolean offline();

    /** The {@code -x key=value} arguments given on the command line (Alembic's {@code get_x_argument}). */
    Map<String, String> arguments();

    /** The name of the database dialect, such as {@code postgresql}, {@code sqlite}, {@code mariadb}, {@code h2}. */
    String dialect();

    /** Runs (or, offline, prints) one operation; every other method builds one and calls this. */
    default void apply(Operation operation) {
        throw new RetortException(ErrorCode.UNSUPPORTED, getClass().getSimpleName() + " cannot run " + operation);
    }

    // ---- tables

    /** {@code op.createTable("users", column("id", bigint()).primaryKey(), unique("uq_users_email", "email"))} */
    default void createTable(String name, TableElement... elements) {
        apply(new CreateTable(TableElement.table(null, name, null, elements)));
    }

    /** Creates the table with its columns, keys, checks, indexes and comment. */
    default void createTable(Table table) {
        apply(new CreateTable(table));
    }

    default void dropTable(String name) {
        apply(new DropTable(null, name, null));
    }

    /** Drops the table; its definition makes the drop reversible and drops PostgreSQL enum types with it. */
    default void dropTable(Table definition) {
        apply(new DropTable(definition.schema(), definition.name(), definition));
    }

    default void renameTable(String from, String to) {
        apply(new RenameTable(null, from, to));
    }

    default void createTableComment(String table, String comment) {
        apply(new CreateTableComment(null, table, comment, null));
    }

    default void dropTableComment(String table) {
        apply(new DropTableComment(null, table, null));
    }

    // ---- sequences

    /** {@code op.createSequence("journal_seq", s -> s.start(1).increment(50))}; refused on SQLite. */
    default void createSequence(String name, Consumer<CreateSequence.Builder> settings) {
        CreateSequence.Builder b = new CreateSequence.Builder();
        settings.accept(b);
        apply(new CreateSequence(b.build(null, name)));
    }

    /** A sequence starting at 1, incremented by 1. */
    default void createSequence(String name) {
        createSequence(name, s -> { });
    }

    default void dropSequence(String name) {
        apply(new DropSequence(null, name, null));
    }

    /** Sets a sequence's start and increment; the values not set are 1. */
    default void alterSequence(String name, Consumer<CreateSequence.Builder> settings) {
        CreateSequence.Builder b = new CreateSequence.Builder();
        settings.accept(b);
        apply(new AlterSequence(b.build(null, name), null));
    }

    // ---- columns

    /**
     * {@code op.addColumn("users", column("phone", varchar(20)))}; with {@code .index(name)} or
     * {@code .references(table, column)} the index or foreign key is created after the column.
     */
    default void addColumn(String table, ColumnDef column) {
        column.addColumnOperations(null, table).forEach(this::apply);
    }

    default void addColumn(String table, Column column) {
        apply(new AddColumn(null, table, column));
    }

    default void dropColumn(String table, String column) {
        apply(new DropColumn(null, table, column, null));
    }

    /** {@code op.alterColumn("users", "email", a -> a.type(varchar(320)).nullable(false).comment("login"))} */
    default void alterColumn(String table, String column, Consumer<AlterColumn.Builder> change) {
        apply(AlterColumn.of(table, column, change));
    }

    // ---- indexes and constraints

    default void createIndex(String name, String table, String... columns) {
        apply(CreateIndex.of(name, table, i -> i.columns(columns)));
    }

    /** {@code op.createIndex("ix_users_email", "users", i -> i.expressions("lower(email)").unique())} */
    default void createIndex(String name, String table, Consumer<CreateIndex.Builder> options) {
        apply(CreateIndex.of(name, table, options));
    }

    default void dropIndex(String name, String table) {
        apply(new DropIndex(null, table, name, null, false));
    }

    /** {@code DROP INDEX CONCURRENTLY} on PostgreSQL; a plain drop elsewhere. */
    default void dropIndexConcurrently(String name, String table) {
        apply(new DropIndex(null, table, name, null, true));
    }

    default void createPrimaryKey(String name, String table, String... columns) {
        apply(new CreatePrimaryKey(null, table, new PrimaryKey(name, List.of(columns))));
    }

    default void createUniqueConstraint(String name, String table, String... columns) {
        apply(new CreateUniqueConstraint(null, table, new UniqueConstraint(name, List.of(columns))));
    }

    /** {@code op.createForeignKey("orders", foreignKey("fk_orders_user", "user_id").references("users", "id").onDelete(CASCADE))} */
    default void createForeignKey(String table, ForeignKeyDef key) {
        apply(new CreateForeignKey(null, table, key.foreignKey()));
    }

    /** Alembic's argument order: {@code create_foreign_key(name, source, referent, local_cols, remote_cols)}. */
    default void createForeignKey(String name, String table, String referencedTable, List<String> columns,
            List<String> referencedColumns) {
        createForeignKey(table, Ddl.foreignKey(name, columns.toArray(String[]::new))
                .references(referencedTable, referencedColumns.toArray(String[]::new)));
    }

    default void createCheckConstraint(String name, String table, String expression) {
        apply(new CreateCheckConstraint(null, table, new CheckConstraint(name, expression)));
    }

    /** Drops a constraint by name; MariaDB needs its kind for primary keys, foreign keys and unique keys. */
    default void dropConstraint(String name, String table) {
        apply(new DropConstraint(null, table, name, null, null));
    }

    default void dropConstraint(String name, String table, ConstraintKind kind) {
        apply(new DropConstraint(null, table, name, kind, null));
    }

    // ---- data and batches

    /** Inserts rows given as column-to-value maps: batched online, multi-row INSERTs offline. */
    default void bulkInsert(String table, List<? extends Map<String, ?>> rows) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> values = (List<Map<String, Object>>) (List<?>) rows;
        apply(new BulkInsert(null, table, values));
    }

    /**
     * Several changes to one table at once; on SQLite, one rebuild of the table (read from the database online).
     * {@code op.batch("users", b -> b.dropColumn("legacy").alterColumn("email", a -> a.nullable(false)))}
     */
    default void batch(String table, Consumer<Batch.Builder> changes) {
        apply(Batch.of(null, table, null, changes));
    }

    /** A batch on a table whose current definition is given, so SQLite can rebuild it offline too. */
    default void batch(Table definition, Consumer<Batch.Builder> changes) {
        apply(Batch.of(definition.schema(), definition.name(), definition, changes));
    }
}

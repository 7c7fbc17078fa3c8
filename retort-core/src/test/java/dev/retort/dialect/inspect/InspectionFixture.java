package dev.retort.dialect.inspect;

import dev.retort.schema.ForeignKey;
import dev.retort.schema.Schema;
import dev.retort.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * One database's side of {@link InspectionContractTest}: the SQL that builds each case in that database's
 * own spelling, and what its inspector must read back. A dialect added to {@code TestDatabases.DIALECTS}
 * fails the contract until it has one.
 */
interface InspectionFixture {
    static InspectionFixture of(String dialect) {
        return switch (dialect) {
            case "postgresql" -> new PostgresInspection();
            case "mariadb" -> new MariaDbInspection();
            case "sqlite" -> new SqliteInspection();
            case "h2" -> new H2Inspection();
            default -> throw new AssertionError("no inspection fixture for " + dialect + ": write one beside "
                    + "PostgresInspection");
        };
    }

    /** Statements creating every feature the database has, and Retort's own tables, which are never read. */
    List<String> everyFeatureSql();

    /** What the inspector reads back after {@link #everyFeatureSql()}. */
    Schema everyFeature();

    /** Statements creating tables {@code a}, {@code b}, {@code my_version} and Retort's own two. */
    List<String> ownTablesSql();

    /** The names inspection reports after {@link #ownTablesSql()}, as the database stores them. */
    default List<String> namesBesideOwnTables() {
        return List.of("a", "b", "my_version");
    }

    /** {@code my_version} as an exclusion names it: in another case than the database stores it, where it can. */
    default String myVersionExcluded() {
        return "my_version";
    }

    /**
     * Creates {@code parents} and {@code kids} (a foreign key to {@code parents}) in a schema other than the
     * connection's and, where the database can refer across schemas, {@code local_kids} in the connection's
     * schema with foreign key {@code fk_p} to that {@code parents}; returns that schema's name.
     *
     * @param there a second database of the same dialect, for databases whose schemas are databases
     */
    String otherSchema(Connection c, TestDatabase there) throws SQLException;

    /** The foreign key {@code local_kids} has, or null where no table refers to another schema (SQLite). */
    default ForeignKey crossSchemaKey(String schema) {
        return new ForeignKey("fk_p", List.of("p"), schema, "parents", List.of("id"), null, null);
    }

    /** Undoes what must not outlive {@link #otherSchema} before the databases are dropped. */
    default void leaveOtherSchema(Connection c) throws SQLException {
    }

    /** Creates tables {@code t0 .. t<tables-1>}, each with a key, a foreign key to the one before, a check and an index. */
    void createManyTables(Connection c, int tables) throws SQLException;

    default void dropManyTables(Connection c, int tables) throws SQLException {
    }

    /** A few tables, then many: inspection must take as many queries for either. */
    default List<Integer> tableCounts() {
        return List.of(5, 100);
    }

    /** The queries one inspection takes, however many tables there are. */
    int inspectionQueries();

    /** The name {@code t1} is stored under. */
    default String secondTable() {
        return "t1";
    }
}

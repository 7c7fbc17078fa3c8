package dev.retort.junit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Rows for one revision, as pytest-alembic's {@code at_revision_data}: {@link #before} runs on the database just
 * before the revision's upgrade (inserting rows the earlier schema holds), {@link #after} right after it
 * (asserting the rows are still there, perhaps transformed). Throw an {@link AssertionError} from {@code after}
 * when they are not; the kit names the revision and its script.
 *
 * <pre>{@code
 * MigrationKit.builder()
 *     .fixture("3c1f0a9b2d4e", DataFixture.rows("orders", Map.of("id", 1, "total", 250)))
 * }</pre>
 */
public interface DataFixture {

    /** Runs before the revision's upgrade, in auto-commit. */
    void before(Connection connection) throws SQLException;

    /** Runs after the revision's upgrade, in auto-commit; throws {@link AssertionError} when the data is wrong. */
    void after(Connection connection) throws SQLException;

    /**
     * Inserts {@code rows} into {@code table} before the revision and asserts after it that each row is still
     * there, column for column (values compared as text, so {@code 1} matches {@code 1L}). Table and column
     * names are written as given.
     */
    @SafeVarargs
    static DataFixture rows(String table, Map<String, ?>... rows) {
        Objects.requireNonNull(table, "table");
        List<Map<String, Object>> copies = new ArrayList<>();
        for (Map<String, ?> row : rows) {
            if (row.isEmpty()) {
                throw new IllegalArgumentException("a fixture row for " + table + " has no columns");
            }
            copies.add(new LinkedHashMap<>(row));
        }
        return new DataFixture() {
            @Override
            public void before(Connection connection) throws SQLException {
                for (Map<String, Object> row : copies) {
                    String sql = "INSERT INTO " + table + " (" + String.join(", ", row.keySet()) + ") VALUES ("
                            + String.join(", ", row.keySet().stream().map(k -> "?").toList()) + ")";
                    try (PreparedStatement ps = connection.prepareStatement(sql)) {
                        int i = 1;
                        for (Object value : row.values()) {
                            ps.setObject(i++, value);
                        }
                        ps.executeUpdate();
                    }
                }
            }

            @Override
            public void after(Connection connection) throws SQLException {
                for (Map<String, Object> row : copies) {
                    List<Map<String, String>> found = select(connection, table, row.keySet());
                    Map<String, String> expected = asText(row);
                    if (!found.contains(expected)) {
                        throw new AssertionError("table " + table + " lost the fixture row " + expected
                                + "; it holds " + (found.isEmpty() ? "no rows" : found));
                    }
                }
            }
        };
    }

    private static List<Map<String, String>> select(Connection connection, String table, Iterable<String> columns)
            throws SQLException {
        List<Map<String, String>> rows = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT " + String.join(", ", columns) + " FROM " + table);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (String column : columns) {
                    row.put(column, rs.getObject(column));
                }
                rows.add(asText(row));
            }
        }
        return rows;
    }

    private static Map<String, String> asText(Map<String, ?> row) {
        Map<String, String> text = new LinkedHashMap<>();
        row.forEach((k, v) -> text.put(k, v == null ? null : v.toString()));
        return text;
    }
}

package dev.retort.autogenerate;

import dev.retort.schema.ColumnType;
import dev.retort.schema.ColumnType.Kind;
import java.util.List;
import java.util.Objects;

/**
 * Which changes can lose data, and the warning each carries (a note: a comment in the generated script and a
 * line on screen). A type change is safe only when every value of the old type fits the new one unchanged:
 * a wider integer, a longer or unbounded string, a numeric with at least as many digits on both sides of the
 * point, an enum that keeps every value.
 */
final class DataLoss {
    private static final List<Kind> INTEGERS = List.of(Kind.SMALLINT, Kind.INTEGER, Kind.BIGINT);
    private static final List<Kind> STRINGS = List.of(Kind.CHAR, Kind.VARCHAR, Kind.TEXT);

    private DataLoss() {
    }

    static String droppedTable(String table) {
        return "WARNING: table " + table + " is dropped and its rows are lost; check that the models mean it "
                + "(a table missing from the models, or outside the packages scanned, is dropped)";
    }

    static String unclaimedSequence(String sequence) {
        return "NOTE: sequence " + sequence + " exists only in the database and is left alone (no @SequenceGenerator "
                + "names it); drop it in a script (op.dropSequence) if nothing uses it";
    }

    static String droppedColumn(String table, String column) {
        return "WARNING: column " + table + "." + column + " is dropped and its values are lost; check that the "
                + "models mean it (an unmapped relation or a renamed field also drops a column)";
    }

    static String narrowed(String table, String column, ColumnType from, ColumnType to) {
        return "WARNING: column " + table + "." + column + " changes type " + from.describe() + " -> "
                + to.describe() + ", which can lose or refuse data; check the values first";
    }

    /** True when some value of {@code from} may not survive as {@code to}. */
    static boolean canLose(ColumnType from, ColumnType to) {
        if (from.kind() == to.kind()) {
            return switch (from.kind()) {
                case VARCHAR, CHAR, BINARY -> shorter(from.length(), to.length());
                case NUMERIC -> fewerDigits(from, to);
                case ENUM -> !to.enumValues().containsAll(from.enumValues());
                case OTHER -> !Objects.equals(from.sql(), to.sql());
                default -> false;
            };
        }
        if (INTEGERS.contains(from.kind()) && INTEGERS.contains(to.kind())) {
            return INTEGERS.indexOf(to.kind()) < INTEGERS.indexOf(from.kind());
        }
        if (STRINGS.contains(from.kind()) && STRINGS.contains(to.kind())) {
            return to.kind() != Kind.TEXT && shorter(from.length(), to.length());
        }
        if (from.kind() == Kind.REAL && to.kind() == Kind.DOUBLE) {
            return false;
        }
        if (from.kind() == Kind.ENUM && STRINGS.contains(to.kind())) {
            return to.kind() != Kind.TEXT && from.enumValues().stream().anyMatch(v -> to.length() != null
                    && v.length() > to.length());
        }
        return true;
    }

    // null means unbounded.
    private static boolean shorter(Integer from, Integer to) {
        return to != null && (from == null || to < from);
    }

    private static boolean fewerDigits(ColumnType from, ColumnType to) {
        if (to.precision() == null) {
            return false;
        }
        if (from.precision() == null) {
            return true;
        }
        int fromScale = from.scale() == null ? 0 : from.scale();
        int toScale = to.scale() == null ? 0 : to.scale();
        return toScale < fromScale || to.precision() - toScale < from.precision() - fromScale;
    }
}

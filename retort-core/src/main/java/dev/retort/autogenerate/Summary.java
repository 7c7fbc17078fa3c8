package dev.retort.autogenerate;

import dev.retort.Diff;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;

/**
 * The one-line summaries of {@link Diff#changes()}: {@code +} added, {@code -} removed, {@code ~} changed.
 *
 * <pre>
 * + table users
 * - column users.legacy
 * ~ column users.email type varchar(255) -&gt; varchar(320)
 * + index ix_users_phone on users (phone)
 * </pre>
 */
final class Summary {
    private Summary() {
    }

    static String table(char sign, String table) {
        return sign + " table " + table;
    }

    static String column(char sign, String table, String column) {
        return sign + " column " + table + "." + column;
    }

    static String columnChange(String table, String column, String what, String from, String to) {
        return "~ column " + table + "." + column + " " + what + " " + from + " -> " + to;
    }

    static String tableComment(String table, String from, String to) {
        return "~ table " + table + " comment " + text(from) + " -> " + text(to);
    }

    static String index(char sign, String table, Index index) {
        List<String> parts = new ArrayList<>(index.columns());
        parts.addAll(index.expressions());
        return sign + (index.unique() ? " unique " : " ") + (index.kind() == null ? "" : index.kind() + " ")
                + "index " + index.name() + " on " + table + " ("
                + String.join(", ", parts) + ")" + (index.where() == null ? "" : " where " + index.where());
    }

    static String unique(char sign, String table, UniqueConstraint unique) {
        return sign + " unique " + name(unique.name()) + "on " + table + " (" + String.join(", ", unique.columns()) + ")";
    }

    static String primaryKey(char sign, String table, PrimaryKey key) {
        return sign + " primary key " + name(key.name()) + "on " + table + " (" + String.join(", ", key.columns()) + ")";
    }

    static String foreignKey(char sign, String table, ForeignKey key) {
        return sign + " foreign key " + name(key.name()) + "on " + table + " (" + String.join(", ", key.columns())
                + ") -> " + key.referencedTable() + " (" + String.join(", ", key.referencedColumns()) + ")";
    }

    static String check(char sign, String table, String name, String expression) {
        return sign + " check " + name(name) + "on " + table + " (" + expression + ")";
    }

    /** A default or comment for a summary: {@code none} for null, a comment in quotes. */
    static String value(String sql) {
        return sql == null ? "none" : sql;
    }

    static String text(String s) {
        return s == null ? "none" : "'" + s.replace("'", "''") + "'";
    }

    private static String name(String name) {
        return name == null ? "" : name + " ";
    }
}

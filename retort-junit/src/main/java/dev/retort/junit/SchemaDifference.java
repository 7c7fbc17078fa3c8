package dev.retort.junit;

import dev.retort.schema.Column;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/** The differences between two reflected schemas, one line each, in words a migration's author reads. */
final class SchemaDifference {
    private SchemaDifference() {
    }

    /** Empty when {@code before} and {@code after} hold the same tables, columns, keys, indexes and checks. */
    static List<String> between(Schema before, Schema after) {
        List<String> lines = new ArrayList<>();
        Map<String, Table> was = byName(before.tables(), Table::name);
        Map<String, Table> is = byName(after.tables(), Table::name);
        for (Table t : was.values()) {
            if (!is.containsKey(t.name())) {
                lines.add("table " + t.name() + " is gone");
            }
        }
        for (Table t : is.values()) {
            Table old = was.get(t.name());
            if (old == null) {
                lines.add("table " + t.name() + " is still there");
            } else if (!old.equals(t)) {
                compare(old, t, lines);
            }
        }
        return lines;
    }

    private static void compare(Table was, Table is, List<String> lines) {
        String table = "table " + is.name() + ": ";
        Map<String, Column> oldColumns = byName(was.columns(), Column::name);
        Map<String, Column> newColumns = byName(is.columns(), Column::name);
        for (Column c : oldColumns.values()) {
            if (!newColumns.containsKey(c.name())) {
                lines.add(table + "column " + c.name() + " is gone");
            }
        }
        for (Column c : newColumns.values()) {
            Column old = oldColumns.get(c.name());
            if (old == null) {
                lines.add(table + "column " + c.name() + " is still there");
            } else if (!old.equals(c)) {
                lines.add(table + "column " + c.name() + " changed: " + old + " -> " + c);
            }
        }
        if (!Objects.equals(was.primaryKey(), is.primaryKey())) {
            lines.add(table + "primary key changed: " + was.primaryKey() + " -> " + is.primaryKey());
        }
        compareSets(table + "unique constraint ", was.uniques(), is.uniques(), lines);
        compareSets(table + "index ", was.indexes(), is.indexes(), lines);
        compareSets(table + "foreign key ", was.foreignKeys(), is.foreignKeys(), lines);
        compareSets(table + "check constraint ", was.checks(), is.checks(), lines);
        if (!Objects.equals(was.comment(), is.comment())) {
            lines.add(table + "comment changed: " + was.comment() + " -> " + is.comment());
        }
    }

    /** Order does not matter: a table rebuilt by a batch may list its indexes differently. */
    private static <T> void compareSets(String what, List<T> was, List<T> is, List<String> lines) {
        Set<T> old = new HashSet<>(was);
        Set<T> now = new HashSet<>(is);
        for (T item : was) {
            if (!now.contains(item)) {
                lines.add(what + item + " is gone");
            }
        }
        for (T item : is) {
            if (!old.contains(item)) {
                lines.add(what + item + " is still there");
            }
        }
    }

    private static <T> Map<String, T> byName(List<T> items, Function<T, String> name) {
        Map<String, T> map = new LinkedHashMap<>();
        items.forEach(i -> map.put(name.apply(i), i));
        return map;
    }
}

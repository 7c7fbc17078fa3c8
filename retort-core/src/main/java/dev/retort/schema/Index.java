package dev.retort.schema;

import java.util.List;
import java.util.Locale;

/**
 * An index on columns or on expressions (where the database supports them).
 *
 * <pre>{@code
 * Index.on("ix_users_phone", "phone");
 * new Index("ix_posts_tags", List.of("tags"), List.of(), false, null, "gin");       // PostgreSQL: USING gin
 * new Index("ft_film", List.of("title", "body"), List.of(), false, null, "fulltext"); // MariaDB: FULLTEXT
 * }</pre>
 *
 * @param columns     the indexed columns, in order; empty for a pure expression index
 * @param expressions SQL expressions indexed after the columns, e.g. {@code lower(email)}
 * @param where       predicate of a partial index, or null
 * @param kind        what kind of index beyond {@code unique}, as the database names it, in lower case: an access
 *                    method of PostgreSQL ({@code gin}, {@code gist}, {@code brin}, {@code hash}, {@code spgist}),
 *                    {@code fulltext}, {@code spatial} or {@code hash} on MariaDB, {@code spatial} or {@code hash}
 *                    on H2; null for the database's ordinary B-tree index ({@code btree} and blank mean the same)
 */
public record Index(String name, List<String> columns, List<String> expressions, boolean unique, String where,
                    String kind) {
    /** The ordinary B-tree kind, spelled out: stored as null. */
    public static final String BTREE = "btree";

    public Index {
        Names.require(name, "index");
        columns = List.copyOf(columns);
        expressions = expressions == null ? List.of() : List.copyOf(expressions);
        if (columns.isEmpty() && expressions.isEmpty()) {
            throw new IllegalArgumentException("index " + name + " needs a column or an expression");
        }
        kind = kind == null || kind.isBlank() ? null : kind.trim().toLowerCase(Locale.ROOT);
        if (BTREE.equals(kind)) {
            kind = null;
        }
        if (kind != null && !kind.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("index " + name + ": kind " + kind + " is not a name such as gin or fulltext");
        }
    }

    /** An ordinary (B-tree) index, as before kinds were kept. */
    public Index(String name, List<String> columns, List<String> expressions, boolean unique, String where) {
        this(name, columns, expressions, unique, where, null);
    }

    public static Index on(String name, String... columns) {
        return new Index(name, List.of(columns), List.of(), false, null, null);
    }

    public static Index uniqueOn(String name, String... columns) {
        return new Index(name, List.of(columns), List.of(), true, null, null);
    }

    /** The same index of another kind (null: an ordinary B-tree). */
    public Index withKind(String value) {
        return new Index(name, columns, expressions, unique, where, value);
    }
}

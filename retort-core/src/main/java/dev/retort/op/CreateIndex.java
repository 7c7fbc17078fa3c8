package dev.retort.op;

import dev.retort.schema.Index;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Creates an index; {@code concurrently} builds it without locking writes on PostgreSQL (outside a
 * transaction: {@code @Revision(transactional = false)}) and is ignored elsewhere.
 *
 * <pre>{@code
 * op.createIndex("ix_users_email", "users", i -> i.expressions("lower(email)").unique().where("deleted_at IS NULL"));
 * op.createIndex("ix_posts_tags", "posts", i -> i.columns("tags").kind("gin"));          // PostgreSQL
 * op.createIndex("ft_film_text", "film_text", i -> i.columns("title", "body").kind("fulltext")); // MariaDB
 * }</pre>
 */
public record CreateIndex(String schema, String table, Index index, boolean concurrently) implements Operation {
    public CreateIndex {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(index, "index");
    }

    @Override
    public Optional<Operation> reverse() {
        return Optional.of(new DropIndex(schema, table, index.name(), index, concurrently));
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.createIndex(this);
    }

    /** The index {@code options} describe, on {@code table}. */
    public static CreateIndex of(String name, String table, java.util.function.Consumer<Builder> options) {
        Builder b = new Builder();
        options.accept(b);
        return b.build(name, table);
    }

    /** The options of {@code op.createIndex(name, table, i -> ...)}. */
    public static final class Builder {
        private final List<String> columns = new ArrayList<>();
        private final List<String> expressions = new ArrayList<>();
        private boolean unique;
        private String where;
        private String kind;
        private boolean concurrently;
        private String schema;

        Builder() {
        }

        public Builder columns(String... names) {
            columns.addAll(List.of(names));
            return this;
        }

        /** SQL expressions to index, such as {@code lower(email)} (PostgreSQL, SQLite). */
        public Builder expressions(String... sql) {
            expressions.addAll(List.of(sql));
            return this;
        }

        public Builder unique() {
            unique = true;
            return this;
        }

        /** A partial index's predicate (PostgreSQL, SQLite). */
        public Builder where(String predicate) {
            where = predicate;
            return this;
        }

        /**
         * The index's kind, as the database names it: PostgreSQL's access methods {@code gin}, {@code gist},
         * {@code brin}, {@code hash}, {@code spgist}; MariaDB's {@code fulltext}, {@code spatial}, {@code hash};
         * H2's {@code spatial}, {@code hash}. A database without that kind refuses it.
         */
        public Builder kind(String value) {
            kind = Objects.requireNonNull(value, "kind");
            return this;
        }

        /** {@code CREATE INDEX CONCURRENTLY} on PostgreSQL; ignored elsewhere. */
        public Builder concurrently() {
            concurrently = true;
            return this;
        }

        public Builder schema(String name) {
            schema = name;
            return this;
        }

        CreateIndex build(String name, String table) {
            return new CreateIndex(schema, table, new Index(name, columns, expressions, unique, where, kind), concurrently);
        }
    }
}

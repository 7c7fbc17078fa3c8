package dev.retort.model;

import dev.retort.schema.ColumnType;
import dev.retort.schema.ReferentialAction;
import java.util.Objects;

/**
 * A column being declared, with the constraints that concern it alone. Each method changes this spec
 * and returns it, so calls chain: {@code column("plan_id", bigint()).notNull().references("plans", "id")}.
 * Made by {@link Dsl#column(String, ColumnType)}; not for sharing between tables.
 */
public final class ColumnSpec implements TablePart {
    final String name;
    final ColumnType type;
    boolean notNull;
    boolean primaryKey;
    boolean autoIncrement;
    String serverDefault;
    String comment;
    boolean unique;
    String uniqueName;
    boolean index;
    String indexName;
    String referencedTable;
    String referencedColumn;
    String foreignKeyName;
    ReferentialAction onDelete;
    ReferentialAction onUpdate;

    ColumnSpec(String name, ColumnType type) {
        this.name = Objects.requireNonNull(name, "name");
        this.type = Objects.requireNonNull(type, "type");
    }

    /** NOT NULL. */
    public ColumnSpec notNull() {
        notNull = true;
        return this;
    }

    /** Part of the primary key ({@code pk_<table>}); implies NOT NULL. Several such columns make a composite key. */
    public ColumnSpec primaryKey() {
        primaryKey = true;
        return this;
    }

    /** The database generates values (identity, serial, AUTO_INCREMENT); implies NOT NULL, as identity columns are. */
    public ColumnSpec autoIncrement() {
        autoIncrement = true;
        return this;
    }

    /** The server default, as SQL: {@code "0"}, {@code "'free'"}, {@code "CURRENT_TIMESTAMP"}. */
    public ColumnSpec serverDefault(String sql) {
        serverDefault = Objects.requireNonNull(sql, "sql");
        return this;
    }

    public ColumnSpec comment(String text) {
        comment = text;
        return this;
    }

    /** A unique constraint on this column alone, named {@code uq_<table>_<column>}. */
    public ColumnSpec unique() {
        unique = true;
        return this;
    }

    /** A unique constraint on this column alone, with the given name. */
    public ColumnSpec unique(String constraintName) {
        unique = true;
        uniqueName = Objects.requireNonNull(constraintName, "constraintName");
        return this;
    }

    /** An index on this column alone, named {@code ix_<table>_<column>}. */
    public ColumnSpec index() {
        index = true;
        return this;
    }

    /** An index on this column alone, with the given name. */
    public ColumnSpec index(String name) {
        index = true;
        indexName = Objects.requireNonNull(name, "name");
        return this;
    }

    /** A foreign key to {@code table(column)}, named {@code fk_<table>_<column>_<referenced table>}. */
    public ColumnSpec references(String table, String column) {
        referencedTable = Objects.requireNonNull(table, "table");
        referencedColumn = Objects.requireNonNull(column, "column");
        return this;
    }

    /** Names the foreign key of {@link #references(String, String)}. */
    public ColumnSpec foreignKeyName(String name) {
        foreignKeyName = Objects.requireNonNull(name, "name");
        return this;
    }

    public ColumnSpec onDelete(ReferentialAction action) {
        onDelete = Objects.requireNonNull(action, "action");
        return this;
    }

    public ColumnSpec onUpdate(ReferentialAction action) {
        onUpdate = Objects.requireNonNull(action, "action");
        return this;
    }
}

package dev.retort.model;

import dev.retort.op.TableConventions;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * The names Retort gives constraints and indexes that a model leaves unnamed. Autogenerate matches
 * the models against the database by these names, so they must never change between runs: they are
 * built only from table and column names, in Alembic's recommended convention.
 *
 * <table>
 *   <caption>Names by kind</caption>
 *   <tr><th>kind</th><th>name</th><th>example</th></tr>
 *   <tr><td>primary key</td><td>{@code pk_<table>}</td><td>{@code pk_users}</td></tr>
 *   <tr><td>unique</td><td>{@code uq_<table>_<col1>_<col2>}</td><td>{@code uq_users_email}</td></tr>
 *   <tr><td>index</td><td>{@code ix_<table>_<col1>_<col2>}</td><td>{@code ix_users_last_name_first_name}</td></tr>
 *   <tr><td>foreign key</td><td>{@code fk_<table>_<col1>_<col2>_<referenced table>}</td><td>{@code fk_users_plan_id_plans}</td></tr>
 *   <tr><td>check</td><td>{@code ck_<table>_<name>}</td><td>{@code ck_plans_positive_limit}</td></tr>
 * </table>
 *
 * A name longer than {@value #MAX_LENGTH} characters (PostgreSQL's limit; MySQL allows 64) keeps its
 * first {@value #MAX_LENGTH} minus 9 characters, then {@code _} and 8 hex digits of the full name's
 * SHA-256, so it stays unique and stable.
 */
public final class NamingConvention {
    /** The longest name generated. */
    public static final int MAX_LENGTH = 63;

    /** A model's table conventions: these names, and every constraint checked against the declared columns. */
    static final TableConventions TABLES = new TableConventions() {
        @Override
        public String primaryKey(String table) {
            return NamingConvention.primaryKey(table);
        }

        @Override
        public String unique(String table, List<String> columns) {
            return NamingConvention.unique(table, columns);
        }

        @Override
        public String index(String table, List<String> columns) {
            return NamingConvention.index(table, columns);
        }

        @Override
        public String foreignKey(String table, List<String> columns, String referencedTable) {
            return NamingConvention.foreignKey(table, columns, referencedTable);
        }

        @Override
        public String check(String table, String name) {
            return NamingConvention.check(table, name);
        }

        @Override
        public boolean strict() {
            return true;
        }
    };

    private NamingConvention() {
    }

    public static String primaryKey(String table) {
        return fit("pk_" + table);
    }

    public static String unique(String table, List<String> columns) {
        return fit("uq_" + table + "_" + String.join("_", columns));
    }

    public static String index(String table, List<String> columns) {
        return fit("ix_" + table + "_" + String.join("_", columns));
    }

    public static String foreignKey(String table, List<String> columns, String referencedTable) {
        return fit("fk_" + table + "_" + String.join("_", columns) + "_" + referencedTable);
    }

    /**
     * {@code name} says what the check is about, e.g. {@code positive_limit}; a name that already starts with
     * {@code ck_<table>_} is kept, so a check written as a migration writes it reads the same in a model.
     */
    public static String check(String table, String name) {
        String prefix = "ck_" + table + "_";
        Objects.requireNonNull(name, "name");
        return fit(name.startsWith(prefix) ? name : prefix + name);
    }

    static String fit(String name) {
        if (name.length() <= MAX_LENGTH) {
            return name;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return name.substring(0, MAX_LENGTH - 9) + "_" + HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}

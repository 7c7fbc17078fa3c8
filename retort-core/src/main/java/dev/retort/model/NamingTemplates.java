package dev.retort.model;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A project's own names for the constraints and indexes its models leave unnamed, as Alembic's
 * {@code naming_convention}: {@code naming_convention.fk = fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s}
 * in {@code retort.properties}, for the kinds {@code pk}, {@code uq}, {@code ix}, {@code fk} and {@code ck}.
 * Tokens: {@code %(table_name)s}, {@code %(column_0_name)s}, {@code %(column_0_N_name)s} (every column, joined by
 * {@code _}), {@code %(referred_table_name)s} (foreign keys) and {@code %(constraint_name)s} (checks: the name the
 * model gives). A kind without a template keeps {@link NamingConvention}'s name; a name the model wrote stays.
 * Autogenerate matches unnamed constraints by what they are, so a new convention renames nothing that exists.
 */
public final class NamingTemplates {
    /** The prefix of the keys in {@code retort.properties}. */
    public static final String PREFIX = "naming_convention.";

    private static final List<String> KINDS = List.of("pk", "uq", "ix", "fk", "ck");
    private static final Pattern TOKEN = Pattern.compile("%\\((\\w+)\\)s");
    private static final List<String> TOKENS = List.of("table_name", "column_0_name", "column_0_N_name",
            "referred_table_name", "constraint_name");

    private final Map<String, String> templates;

    private NamingTemplates(Map<String, String> templates) {
        this.templates = templates;
    }

    /**
     * The templates among {@code values} ({@code naming_convention.KIND} keys).
     *
     * @throws RetortException CONFIG for an unknown kind or token, naming the key
     */
    public static NamingTemplates of(Map<String, String> values) {
        Map<String, String> templates = new TreeMap<>();
        values.forEach((key, value) -> {
            if (!key.startsWith(PREFIX) || value == null || value.isBlank()) {
                return;
            }
            String kind = key.substring(PREFIX.length());
            if (!KINDS.contains(kind)) {
                throw new RetortException(ErrorCode.CONFIG, key + ": unknown kind '" + kind + "'; use one of " + KINDS);
            }
            Matcher m = TOKEN.matcher(value);
            while (m.find()) {
                if (!TOKENS.contains(m.group(1)) || (m.group(1).equals("referred_table_name") && !kind.equals("fk"))
                        || (m.group(1).equals("constraint_name") && !kind.equals("ck"))) {
                    throw new RetortException(ErrorCode.CONFIG, key + ": token " + m.group() + " has no value for '"
                            + kind + "'; tokens: " + TOKENS.stream().map(t -> "%(" + t + ")s").toList());
                }
            }
            templates.put(kind, value.trim());
        });
        return new NamingTemplates(templates);
    }

    public boolean isEmpty() {
        return templates.isEmpty();
    }

    /** {@code schema} with each constraint and index that bears Retort's default name renamed by its template. */
    public Schema apply(Schema schema) {
        if (templates.isEmpty()) {
            return schema;
        }
        return new Schema(schema.tables().stream().map(this::apply).toList(), schema.sequences());
    }

    private Table apply(Table t) {
        String table = t.name();
        PrimaryKey pk = t.primaryKey();
        if (pk != null && NamingConvention.primaryKey(table).equals(pk.name())) {
            pk = new PrimaryKey(name("pk", table, pk.columns(), null, null, pk.name()), pk.columns());
        }
        List<UniqueConstraint> uniques = t.uniques().stream().map(u -> NamingConvention.unique(table, u.columns())
                .equals(u.name()) ? new UniqueConstraint(name("uq", table, u.columns(), null, null, u.name()), u.columns()) : u)
                .toList();
        List<Index> indexes = t.indexes().stream().map(i -> !i.columns().isEmpty() && i.expressions().isEmpty()
                && NamingConvention.index(table, i.columns()).equals(i.name())
                ? new Index(name("ix", table, i.columns(), null, null, i.name()), i.columns(), i.expressions(), i.unique(),
                        i.where(), i.kind()) : i).toList();
        List<ForeignKey> fks = t.foreignKeys().stream().map(f -> NamingConvention.foreignKey(table, f.columns(),
                f.referencedTable()).equals(f.name())
                ? new ForeignKey(name("fk", table, f.columns(), f.referencedTable(), null, f.name()), f.columns(),
                        f.referencedSchema(), f.referencedTable(), f.referencedColumns(), f.onDelete(), f.onUpdate()) : f)
                .toList();
        String checkPrefix = "ck_" + table + "_";
        List<CheckConstraint> checks = t.checks().stream().map(c -> c.name() != null && c.name().startsWith(checkPrefix)
                ? new CheckConstraint(name("ck", table, List.of(), null, c.name().substring(checkPrefix.length()), c.name()),
                        c.expression()) : c).toList();
        return new Table(t.schema(), table, t.columns(), pk, uniques, indexes, fks, checks, t.comment());
    }

    private String name(String kind, String table, List<String> columns, String referred, String constraint, String fallback) {
        String template = templates.get(kind);
        if (template == null) {
            return fallback;
        }
        Matcher m = TOKEN.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = switch (m.group(1)) {
                case "table_name" -> table;
                case "column_0_name" -> columns.isEmpty() ? "" : columns.get(0);
                case "column_0_N_name" -> String.join("_", columns);
                case "referred_table_name" -> referred;
                default -> constraint;
            };
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return NamingConvention.fit(out.toString());
    }
}

package dev.retort.imports.alembic;

import dev.retort.imports.python.Expr;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * SQLAlchemy schema constructs as {@code dev.retort.Ddl} expressions: types ({@code sa.String(50)} →
 * {@code varchar(50)}), {@code sa.Column(...)} → {@code column(...)} and the table-level constraints.
 */
final class SchemaTranslator {
    private static final Set<String> INTEGERS = Set.of("Integer", "INTEGER", "INT", "BigInteger", "BIGINT",
            "SmallInteger", "SMALLINT");
    private static final Map<String, String> SIMPLE = Map.ofEntries(
            Map.entry("Integer", "integer()"), Map.entry("INTEGER", "integer()"), Map.entry("INT", "integer()"),
            Map.entry("BigInteger", "bigint()"), Map.entry("BIGINT", "bigint()"),
            Map.entry("SmallInteger", "smallint()"), Map.entry("SMALLINT", "smallint()"),
            Map.entry("Text", "text()"), Map.entry("TEXT", "text()"), Map.entry("UnicodeText", "text()"),
            Map.entry("Boolean", "bool()"), Map.entry("BOOLEAN", "bool()"),
            Map.entry("Float", "doublePrecision()"), Map.entry("FLOAT", "doublePrecision()"),
            Map.entry("Double", "doublePrecision()"), Map.entry("DOUBLE_PRECISION", "doublePrecision()"),
            Map.entry("REAL", "real()"), Map.entry("Date", "date()"), Map.entry("DATE", "date()"),
            Map.entry("JSON", "json()"), Map.entry("JSONB", "sqlType(\"jsonb\")"), Map.entry("UUID", "uuid()"),
            Map.entry("Uuid", "uuid()"), Map.entry("BYTEA", "binary()"), Map.entry("BLOB", "binary()"),
            Map.entry("INET", "sqlType(\"inet\")"), Map.entry("TSVECTOR", "sqlType(\"tsvector\")"));

    private SchemaTranslator() {
    }

    /** A SQLAlchemy type, called or not: {@code sa.Integer}, {@code sa.String(length=50)}. */
    static String type(Expr e) {
        String name = Expr.simpleName(e instanceof Expr.Call c ? c.function() : e);
        if (name == null) {
            throw new Untranslatable("unknown type " + e);
        }
        Expr.Call call = e instanceof Expr.Call c ? c : new Expr.Call(e, List.of(), Map.of());
        boolean timezone = Values.bool(call.kw("timezone"), false);
        return switch (name) {
            case "String", "VARCHAR", "Unicode", "NVARCHAR" -> {
                Expr length = arg(call, 0, "length");
                yield length == null ? "varchar()" : "varchar(" + Values.integer(length) + ")";
            }
            case "CHAR", "NCHAR" -> "fixedChar(" + Values.integer(required(call, 0, "length")) + ")";
            case "Numeric", "NUMERIC", "DECIMAL" -> numeric(call);
            case "DateTime", "DATETIME", "TIMESTAMP" -> timezone ? "timestampWithTimeZone()" : "timestamp()";
            case "Time", "TIME" -> timezone ? "timeWithTimeZone()" : "time()";
            case "LargeBinary", "LargeBinaryType", "VARBINARY" -> {
                Expr length = arg(call, 0, "length");
                yield length == null ? "binary()" : "binary(" + Values.integer(length) + ")";
            }
            case "Enum", "ENUM" -> enumType(call);
            default -> {
                String simple = SIMPLE.get(name);
                if (simple == null || !call.args().isEmpty()) {
                    throw new Untranslatable("type " + Expr.dotted(call.function()) + " has no Retort equivalent");
                }
                yield simple;
            }
        };
    }

    private static String numeric(Expr.Call call) {
        Expr precision = arg(call, 0, "precision");
        Expr scale = arg(call, 1, "scale");
        if (precision == null) {
            return "numeric()";
        }
        return "numeric(" + Values.integer(precision) + (scale == null ? "" : ", " + Values.integer(scale)) + ")";
    }

    private static String enumType(Expr.Call call) {
        Expr name = call.kw("name");
        if (name == null) {
            throw new Untranslatable("sa.Enum without name=: Retort's enumOf needs the type's name");
        }
        List<String> values = new ArrayList<>();
        for (Expr v : call.args()) {
            values.add(JavaText.literal(Values.string(v)));
        }
        return "enumOf(" + JavaText.literal(Values.string(name)) + (values.isEmpty() ? "" : ", ")
                + String.join(", ", values) + ")";
    }

    static boolean isInteger(Expr type) {
        return INTEGERS.contains(Expr.simpleName(type instanceof Expr.Call c ? c.function() : type));
    }

    /** {@code sa.Column(name, type, *constraints, **options)} as {@code column(...)...}; {@code autoIncrement} as SQLAlchemy infers it. */
    static String column(Expr e, String table, boolean autoIncrement) {
        Expr.Call c = call(e, "Column");
        if (c.args().size() < 2) {
            throw new Untranslatable("sa.Column needs a name and a type");
        }
        StringBuilder b = new StringBuilder("column(").append(JavaText.literal(Values.string(c.args().get(0))))
                .append(", ").append(type(c.args().get(1))).append(")");
        for (Expr extra : c.args().subList(2, c.args().size())) {
            b.append(columnForeignKey(extra));
        }
        boolean primaryKey = Values.bool(c.kw("primary_key"), false);
        for (Map.Entry<String, Expr> kw : c.kwargs().entrySet()) {
            Expr v = kw.getValue();
            switch (kw.getKey()) {
                case "nullable" -> b.append(Values.bool(v, true) || primaryKey ? "" : ".notNull()");
                case "primary_key" -> b.append(primaryKey ? ".primaryKey()" : "");
                case "server_default" -> b.append(Values.isNone(v) ? "" : ".serverDefault(" + serverDefault(v) + ")");
                case "comment" -> b.append(".comment(").append(JavaText.literal(Values.string(v))).append(")");
                case "unique" -> b.append(Values.bool(v, false) ? ".unique()" : "");
                case "index" -> b.append(Values.bool(v, false)
                        ? ".index(" + JavaText.literal("ix_" + table + "_" + Values.string(c.args().get(0))) + ")" : "");
                case "autoincrement", "default", "onupdate", "doc", "info" -> { }
                default -> throw new Untranslatable("sa.Column option " + kw.getKey() + "=");
            }
        }
        if (autoIncrement && !Values.isFalse(c.kw("autoincrement"))) {
            b.append(".autoIncrement()");
        }
        return b.toString();
    }

    /** True when {@code e} is {@code sa.Column(...)} with {@code primary_key=True}. */
    static boolean isPrimaryKeyColumn(Expr e) {
        return e instanceof Expr.Call c && "Column".equals(Expr.simpleName(c.function()))
                && Values.bool(c.kw("primary_key"), false);
    }

    static String columnName(Expr e) {
        return Values.string(call(e, "Column").args().get(0));
    }

    static Expr columnType(Expr e) {
        return call(e, "Column").args().get(1);
    }

    private static String columnForeignKey(Expr e) {
        Expr.Call fk = call(e, "ForeignKey");
        String[] target = Values.string(fk.args().get(0)).split("\\.");
        if (target.length != 2) {
            throw new Untranslatable("sa.ForeignKey target must be 'table.column'");
        }
        StringBuilder b = new StringBuilder(".references(").append(JavaText.literal(target[0])).append(", ")
                .append(JavaText.literal(target[1])).append(")");
        for (Map.Entry<String, Expr> kw : fk.kwargs().entrySet()) {
            switch (kw.getKey()) {
                case "name" -> b.append(".foreignKeyName(").append(JavaText.literal(Values.string(kw.getValue()))).append(")");
                case "ondelete" -> b.append(".onDelete(").append(Values.action(kw.getValue())).append(")");
                case "onupdate" -> b.append(".onUpdate(").append(Values.action(kw.getValue())).append(")");
                default -> throw new Untranslatable("sa.ForeignKey option " + kw.getKey() + "=");
            }
        }
        return b.toString();
    }

    /** A table element of {@code op.create_table}: a column or a constraint. */
    static String tableElement(Expr e, String table, String autoIncrementColumn) {
        String kind = e instanceof Expr.Call c ? Expr.simpleName(c.function()) : null;
        if ("Column".equals(kind)) {
            return column(e, table, columnName(e).equals(autoIncrementColumn));
        }
        if (kind == null) {
            throw new Untranslatable("unsupported create_table element");
        }
        Expr.Call c = (Expr.Call) e;
        String name = c.kw("name") == null || Values.isNone(c.kw("name")) ? null : Values.string(c.kw("name"));
        String named = name == null ? "" : ".named(" + JavaText.literal(name) + ")";
        return switch (kind) {
            case "PrimaryKeyConstraint" -> "primaryKeyOn(" + JavaText.literals(Values.strings(c.args())) + ")" + named;
            case "UniqueConstraint" -> name == null ? "uniqueOn(" + JavaText.literals(Values.strings(c.args())) + ")"
                    : "unique(" + JavaText.literal(name) + ", " + JavaText.literals(Values.strings(c.args())) + ")";
            case "CheckConstraint" -> "check(" + JavaText.literal(name) + ", " + JavaText.literal(Values.sql(c.args().get(0))) + ")";
            case "ForeignKeyConstraint" -> foreignKeyConstraint(c) + named;
            case "Index" -> "index(" + JavaText.literal(Values.string(c.args().get(0))) + ", "
                    + JavaText.literals(Values.strings(c.args().subList(1, c.args().size()))) + ")"
                    + (Values.bool(c.kw("unique"), false) ? ".unique()" : "");
            default -> throw new Untranslatable("create_table element " + kind);
        };
    }

    private static String foreignKeyConstraint(Expr.Call c) {
        List<String> local = Values.strings(Values.items(c.args().get(0)));
        List<String> remote = Values.strings(Values.items(c.args().get(1)));
        String table = null;
        List<String> columns = new ArrayList<>();
        for (String r : remote) {
            String[] parts = r.split("\\.");
            if (parts.length != 2 || (table != null && !table.equals(parts[0]))) {
                throw new Untranslatable("sa.ForeignKeyConstraint targets must be 'table.column' of one table");
            }
            table = parts[0];
            columns.add(parts[1]);
        }
        StringBuilder b = new StringBuilder("foreignKeyOn(").append(JavaText.literals(local)).append(").references(")
                .append(JavaText.literal(table)).append(", ").append(JavaText.literals(columns)).append(")");
        return b.append(Values.referentialActions(c)).toString();
    }

    /** A server default: a string is a quoted literal (as SQLAlchemy renders it), {@code sa.text(...)} is SQL. */
    static String serverDefault(Expr v) {
        if (v instanceof Expr.Str s) {
            return JavaText.literal("'" + s.value().replace("'", "''") + "'");
        }
        String dotted = v instanceof Expr.Call c ? Expr.dotted(c.function()) : null;
        if (dotted != null && (dotted.endsWith("func.now") || dotted.endsWith("func.current_timestamp"))) {
            return JavaText.literal("CURRENT_TIMESTAMP");
        }
        return JavaText.literal(Values.sql(v));
    }

    static Expr.Call call(Expr e, String function) {
        if (e instanceof Expr.Call c && function.equals(Expr.simpleName(c.function()))) {
            return c;
        }
        throw new Untranslatable("expected sa." + function + "(...)");
    }

    private static Expr arg(Expr.Call call, int index, String keyword) {
        return call.args().size() > index ? call.args().get(index) : call.kw(keyword);
    }

    private static Expr required(Expr.Call call, int index, String keyword) {
        Expr e = arg(call, index, keyword);
        if (e == null) {
            throw new Untranslatable(Expr.dotted(call.function()) + " needs " + keyword);
        }
        return e;
    }
}

package dev.retort.autogenerate;

import static dev.retort.autogenerate.Code.atom;
import static dev.retort.autogenerate.Code.call;
import static dev.retort.autogenerate.Code.chain;

import dev.retort.op.TableDsl;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.Table;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Code for the values operations carry: types, columns, tables, keys through the table words of
 * {@link dev.retort.Ddl} (the {@link TableDsl} a model's {@code dev.retort.model.Dsl} shares); anything those cannot
 * spell exactly through the record's own constructor.
 * Collects the imports the code needs.
 */
final class SchemaCode {
    static final String DDL_IMPORT = "import static dev.retort.Ddl.*;";

    private final Set<String> imports;

    SchemaCode(Set<String> imports) {
        this.imports = imports;
    }

    void require(String importLine) {
        imports.add(importLine);
    }

    void requireClass(Class<?> type) {
        Class<?> top = type;
        while (top.getEnclosingClass() != null) {
            top = top.getEnclosingClass();
        }
        imports.add("import " + top.getName() + ";");
    }

    /** A call of a {@code Ddl} factory. */
    Code.Call ddl(String name, Code... args) {
        imports.add(DDL_IMPORT);
        return call(name, args);
    }

    Code.Call ddl(String name, List<Code> args) {
        imports.add(DDL_IMPORT);
        return call(name, args);
    }

    static Code str(String s) {
        return atom(Literals.string(s));
    }

    static List<Code> strs(List<String> values) {
        return values.stream().map(SchemaCode::str).toList();
    }

    static Code.Call method(String name, Code... args) {
        return call(name, args);
    }

    static List<Code> concat(List<Code> first, List<Code> rest) {
        List<Code> all = new ArrayList<>(first);
        all.addAll(rest);
        return all;
    }

    // ---- types

    /** {@code varchar(20)}, {@code numeric(10, 2)}, {@code enumOf("kind", "a", "b")}, ... */
    Code type(ColumnType t) {
        Candidate c = candidate(t);
        return c != null && c.value().get().equals(t) ? c.code() : record(t);
    }

    private record Candidate(Code code, Supplier<ColumnType> value) {
    }

    private Candidate candidate(ColumnType t) {
        return switch (t.kind()) {
            case SMALLINT -> new Candidate(ddl("smallint"), ColumnType::smallint);
            case INTEGER -> new Candidate(ddl("integer"), ColumnType::integer);
            case BIGINT -> new Candidate(ddl("bigint"), ColumnType::bigint);
            case BOOLEAN -> new Candidate(ddl("bool"), ColumnType::bool);
            case TEXT -> new Candidate(ddl("text"), ColumnType::text);
            case REAL -> new Candidate(ddl("real"), ColumnType::real);
            case DOUBLE -> new Candidate(ddl("doublePrecision"), ColumnType::doublePrecision);
            case DATE -> new Candidate(ddl("date"), ColumnType::date);
            case UUID -> new Candidate(ddl("uuid"), ColumnType::uuid);
            case JSON -> new Candidate(ddl("json"), ColumnType::json);
            case VARCHAR -> t.length() == null ? new Candidate(ddl("varchar"), TableDsl::varchar)
                    : new Candidate(ddl("varchar", number(t.length())), () -> ColumnType.varchar(t.length()));
            case CHAR -> t.length() == null ? null
                    : new Candidate(ddl("fixedChar", number(t.length())), () -> ColumnType.fixedChar(t.length()));
            case BINARY -> t.length() == null ? new Candidate(ddl("binary"), ColumnType::binary)
                    : new Candidate(ddl("binary", number(t.length())), () -> TableDsl.binary(t.length()));
            case NUMERIC -> numeric(t);
            case TIME -> t.timeZone() ? new Candidate(ddl("timeWithTimeZone"), () -> ColumnType.time(true))
                    : new Candidate(ddl("time"), () -> ColumnType.time(false));
            case TIMESTAMP -> t.timeZone() ? new Candidate(ddl("timestampWithTimeZone"), () -> ColumnType.timestamp(true))
                    : new Candidate(ddl("timestamp"), () -> ColumnType.timestamp(false));
            case ENUM -> new Candidate(ddl("enumOf", concat(List.of(str(t.enumName())), strs(t.enumValues()))),
                    () -> ColumnType.enumOf(t.enumName(), t.enumValues().toArray(String[]::new)));
            case OTHER -> new Candidate(ddl("sqlType", str(t.sql())), () -> ColumnType.other(t.sql()));
        };
    }

    private Candidate numeric(ColumnType t) {
        if (t.precision() == null) {
            return t.scale() == null ? new Candidate(ddl("numeric"), TableDsl::numeric) : null;
        }
        if (t.scale() == null) {
            return new Candidate(ddl("numeric", number(t.precision())), () -> ColumnType.numeric(t.precision(), null));
        }
        return new Candidate(ddl("numeric", number(t.precision()), number(t.scale())),
                () -> ColumnType.numeric(t.precision(), t.scale()));
    }

    private static Code number(int n) {
        return atom(Integer.toString(n));
    }

    // ---- columns, keys, tables

    /** {@code column("email", varchar(255)).notNull()}: a {@code ColumnDef}, optionally marked part of the primary key. */
    Code column(Column c, boolean inPrimaryKey) {
        List<Code.Call> links = new ArrayList<>();
        boolean impliedNotNull = inPrimaryKey || c.autoIncrement();
        if (inPrimaryKey) {
            links.add(method("primaryKey"));
        }
        if (c.autoIncrement()) {
            links.add(method("autoIncrement"));
        }
        if (!c.nullable() && !impliedNotNull) {
            links.add(method("notNull"));
        }
        if (c.nullable() && impliedNotNull) {
            links.add(method("nullable", atom("true")));
        }
        if (c.serverDefault() != null) {
            links.add(method("serverDefault", str(c.serverDefault())));
        }
        if (c.onUpdate() != null) {
            links.add(method("onUpdateSet", str(c.onUpdate())));
        }
        if (c.comment() != null) {
            links.add(method("comment", str(c.comment())));
        }
        return chain(ddl("column", str(c.name()), type(c.type())), links);
    }

    /** {@code foreignKey("fk", "user_id").references("users", "id").onDelete(CASCADE)}: a {@code ForeignKeyDef}. */
    Code foreignKey(ForeignKey f) {
        List<Code.Call> links = new ArrayList<>();
        links.add(call("references", concat(List.of(str(f.referencedTable())), strs(f.referencedColumns()))));
        if (f.referencedSchema() != null) {
            links.add(method("referencesSchema", str(f.referencedSchema())));
        }
        if (f.onDelete() != ReferentialAction.NO_ACTION) {
            links.add(method("onDelete", action(f.onDelete())));
        }
        if (f.onUpdate() != ReferentialAction.NO_ACTION) {
            links.add(method("onUpdate", action(f.onUpdate())));
        }
        return chain(ddl("foreignKey", concat(List.of(str(f.name())), strs(f.columns()))), links);
    }

    private Code action(ReferentialAction a) {
        imports.add(DDL_IMPORT);
        return atom(a.name());
    }

    /** The options of {@code op.createIndex(name, table, i -> ...)}, as the chain after {@code i}. */
    List<Code.Call> indexOptions(Index index, boolean concurrently, String schema) {
        List<Code.Call> links = new ArrayList<>();
        if (!index.columns().isEmpty()) {
            links.add(call("columns", strs(index.columns())));
        }
        if (!index.expressions().isEmpty()) {
            links.add(call("expressions", strs(index.expressions())));
        }
        if (index.unique()) {
            links.add(method("unique"));
        }
        if (index.where() != null) {
            links.add(method("where", str(index.where())));
        }
        if (index.kind() != null) {
            links.add(method("kind", str(index.kind())));
        }
        if (concurrently) {
            links.add(method("concurrently"));
        }
        if (schema != null) {
            links.add(method("schema", str(schema)));
        }
        return links;
    }

    static boolean plain(Index index) {
        return !index.unique() && index.where() == null && index.kind() == null && index.expressions().isEmpty()
                && !index.columns().isEmpty();
    }

    /** The arguments of {@code op.createTable(name, ...)} or {@code table(name, ...)}: name, then the elements. */
    List<Code> tableArguments(Table t) {
        List<Code> args = new ArrayList<>();
        args.add(str(t.name()));
        if (t.schema() != null) {
            args.add(ddl("inSchema", str(t.schema())));
        }
        if (t.comment() != null) {
            args.add(ddl("comment", str(t.comment())));
        }
        List<String> keyColumns = t.primaryKey() == null ? List.of() : t.primaryKey().columns();
        List<String> inTableOrder = t.columnNames().stream().filter(keyColumns::contains).toList();
        boolean marked = t.primaryKey() != null && t.primaryKey().name() == null && inTableOrder.equals(keyColumns);
        for (Column c : t.columns()) {
            args.add(column(c, marked && keyColumns.contains(c.name())));
        }
        if (t.primaryKey() != null && !marked) {
            args.add(ddl("primaryKey", concat(List.of(str(t.primaryKey().name())), strs(keyColumns))));
        }
        t.uniques().forEach(u -> args.add(ddl("unique", concat(List.of(str(u.name())), strs(u.columns())))));
        t.foreignKeys().forEach(f -> args.add(foreignKey(f)));
        t.checks().forEach(k -> args.add(ddl("check", str(k.name()), str(k.expression()))));
        for (Index i : t.indexes()) {
            args.add(plain(i) ? ddl("index", concat(List.of(str(i.name())), strs(i.columns())))
                    : ddl("index", str(i.name()), new Code.Lambda("i", chain(atom("i"), indexOptions(i, false, null)))));
        }
        return args;
    }

    /** {@code table("users", inSchema("app"), comment("..."), column(...), ...)}. */
    Code table(Table t) {
        return ddl("table", tableArguments(t));
    }

    // ---- any value

    /** A value as code: literals, schema values through the words above, other records through their constructor. */
    Code value(Object v) {
        String primitive = Literals.primitive(v);
        if (primitive != null) {
            return atom(primitive);
        }
        Code jdk = jdkValue(v);
        if (jdk != null) {
            return jdk;
        }
        if (v instanceof ReferentialAction a) {
            return action(a);
        }
        if (v instanceof Enum<?> e) {
            requireClass(e.getDeclaringClass());
            return atom(e.getDeclaringClass().getName().substring(e.getDeclaringClass().getPackageName().length() + 1)
                    .replace('$', '.') + "." + e.name());
        }
        if (v instanceof ColumnType t) {
            return type(t);
        }
        if (v instanceof Column c) {
            return chain(column(c, false), List.of(method("column")));
        }
        if (v instanceof Table t) {
            return table(t);
        }
        if (v instanceof List<?> list) {
            return list(list);
        }
        if (v instanceof Map<?, ?> map) {
            return row(map);
        }
        if (v instanceof Record r) {
            return record(r);
        }
        throw new IllegalArgumentException("cannot write a " + v.getClass().getName() + " value as Java code: " + v);
    }

    /** {@code new BigDecimal("1.5")}, {@code UUID.fromString(...)}, {@code LocalDate.parse(...)}; null for other values. */
    private Code jdkValue(Object v) {
        if (v instanceof BigDecimal || v instanceof BigInteger) {
            requireClass(v.getClass());
            return call("new " + v.getClass().getSimpleName(), str(v.toString()));
        }
        if (v instanceof UUID u) {
            requireClass(UUID.class);
            return call("UUID.fromString", str(u.toString()));
        }
        if (v instanceof LocalDate || v instanceof LocalTime || v instanceof LocalDateTime || v instanceof Instant
                || v instanceof OffsetDateTime) {
            requireClass(v.getClass());
            return call(v.getClass().getSimpleName() + ".parse", str(v.toString()));
        }
        return null;
    }

    Code list(List<?> values) {
        List<Code> items = values.stream().map(this::value).toList();
        if (values.stream().anyMatch(java.util.Objects::isNull)) {
            require("import java.util.Arrays;");
            return call("Arrays.asList", items);
        }
        require("import java.util.List;");
        return call("List.of", items);
    }

    /** {@code row("name", "free", "tokens", 2000)}: an ordered map, nulls allowed. */
    Code row(Map<?, ?> map) {
        List<Code> args = new ArrayList<>();
        map.forEach((k, v) -> {
            args.add(value(k));
            args.add(value(v));
        });
        return ddl("row", args);
    }

    /** {@code new Index("ix", List.of("a"), List.of(), false, null)}: any record, through its canonical constructor. */
    Code record(Record r) {
        requireClass(r.getClass());
        List<Code> args = new ArrayList<>();
        for (RecordComponent component : r.getClass().getRecordComponents()) {
            try {
                args.add(value(component.getAccessor().invoke(r)));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + component + " of " + r, e);
            }
        }
        String name = r.getClass().getName().substring(r.getClass().getPackageName().length() + 1).replace('$', '.');
        return call("new " + name, args);
    }
}

package dev.retort.imports.alembic;

import dev.retort.imports.python.Expr;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Alembic's {@code op.*} calls as Retort's: {@code op.create_table(...)} → {@code op.createTable(...)}. */
final class OpCalls {
    private OpCalls() {
    }

    static String translate(String name, Expr.Call c, OpTranslator context) {
        return switch (name) {
            case "create_table" -> createTable(c);
            case "drop_table" -> "op.dropTable(" + table(c, 0) + ")";
            case "rename_table" -> "op.renameTable(" + str(c, 0, "old_table_name") + ", " + str(c, 1, "new_table_name") + ")";
            case "add_column" -> "op.addColumn(" + table(c, 0) + ", "
                    + SchemaTranslator.column(arg(c, 1, "column"), Values.string(arg(c, 0, "table_name")), false) + ")";
            case "drop_column" -> "op.dropColumn(" + table(c, 0) + ", " + str(c, 1, "column_name") + ")";
            case "alter_column" -> "op.alterColumn(" + table(c, 0) + ", " + str(c, 1, "column_name") + ", "
                    + alterColumn(c, 2) + ")";
            case "create_index" -> "op.createIndex(" + str(c, 0, "index_name") + ", " + table(c, 1)
                    + index(c, 2) + ")";
            case "drop_index" -> "op.dropIndex(" + str(c, 0, "index_name") + ", " + str(c, 1, "table_name") + ")";
            case "create_foreign_key" -> "op.createForeignKey(" + str(c, 1, "source_table") + ", "
                    + foreignKey(c, 0, 2, 3, 4) + ")";
            case "create_unique_constraint" -> "op.createUniqueConstraint(" + str(c, 0, "constraint_name") + ", "
                    + table(c, 1) + ", " + strs(c, 2, "columns") + ")";
            case "create_primary_key" -> "op.createPrimaryKey(" + str(c, 0, "constraint_name") + ", "
                    + table(c, 1) + ", " + strs(c, 2, "columns") + ")";
            case "create_check_constraint" -> "op.createCheckConstraint(" + str(c, 0, "constraint_name") + ", "
                    + table(c, 1) + ", " + JavaText.literal(Values.sql(arg(c, 2, "condition"))) + ")";
            case "drop_constraint" -> "op.dropConstraint(" + str(c, 0, "constraint_name") + ", " + table(c, 1)
                    + constraintKind(c) + ")";
            case "create_table_comment" -> "op.createTableComment(" + table(c, 0) + ", " + str(c, 1, "comment") + ")";
            case "drop_table_comment" -> "op.dropTableComment(" + table(c, 0) + ")";
            case "execute" -> context.execute(c);
            case "bulk_insert" -> bulkInsert(c, context);
            default -> throw new Untranslatable("op." + name + " has no translation");
        };
    }

    private static String createTable(Expr.Call c) {
        String table = Values.string(arg(c, 0, "table_name"));
        List<Expr> elements = c.args().subList(1, c.args().size());
        List<String> primaryKey = new ArrayList<>();
        Map<String, Expr> types = new java.util.HashMap<>();
        for (Expr e : elements) {
            if (e instanceof Expr.Call call && "Column".equals(Expr.simpleName(call.function()))) {
                types.put(SchemaTranslator.columnName(e), SchemaTranslator.columnType(e));
                if (SchemaTranslator.isPrimaryKeyColumn(e)) {
                    primaryKey.add(SchemaTranslator.columnName(e));
                }
            } else if (e instanceof Expr.Call call && "PrimaryKeyConstraint".equals(Expr.simpleName(call.function()))) {
                primaryKey.addAll(Values.strings(call.args()));
            }
        }
        // SQLAlchemy makes a lone integer primary key autoincrement unless autoincrement=False
        String autoIncrement = primaryKey.size() == 1 && types.containsKey(primaryKey.get(0))
                && SchemaTranslator.isInteger(types.get(primaryKey.get(0))) ? primaryKey.get(0) : null;
        StringBuilder b = new StringBuilder("op.createTable(").append(JavaText.literal(table));
        for (Expr e : elements) {
            b.append(",\n        ").append(SchemaTranslator.tableElement(e, table, autoIncrement));
        }
        for (Map.Entry<String, Expr> kw : c.kwargs().entrySet()) {
            switch (kw.getKey()) {
                case "table_name" -> { }
                case "comment" -> b.append(",\n        comment(").append(JavaText.literal(Values.string(kw.getValue()))).append(")");
                case "schema" -> b.append(Values.isNone(kw.getValue()) ? ""
                        : ",\n        inSchema(" + JavaText.literal(Values.string(kw.getValue())) + ")");
                default -> {
                    if (!kw.getKey().startsWith("mysql_") && !kw.getKey().startsWith("mariadb_")) {
                        throw new Untranslatable("create_table option " + kw.getKey() + "=");
                    }
                }
            }
        }
        return b.append(")").toString();
    }

    /** {@code a -> a.nullable(false)...} from alter_column's keywords. */
    static String alterColumn(Expr.Call c, int firstKeywordArg) {
        if (c.args().size() > firstKeywordArg) {
            throw new Untranslatable("alter_column options must be keywords");
        }
        StringBuilder b = new StringBuilder("a -> a");
        String column = Values.string(c.args().size() > firstKeywordArg - 1 ? c.args().get(firstKeywordArg - 1)
                : c.kw("column_name"));
        for (Map.Entry<String, Expr> kw : c.kwargs().entrySet()) {
            Expr v = kw.getValue();
            switch (kw.getKey()) {
                case "nullable" -> b.append(Values.isNone(v) ? "" : ".nullable(" + Values.bool(v, true) + ")");
                case "type_" -> b.append(".type(").append(SchemaTranslator.type(v)).append(
                        c.kw("postgresql_using") == null ? "" : ", " + JavaText.literal(Values.string(c.kw("postgresql_using"))))
                        .append(")");
                case "server_default" -> b.append(Values.isNone(v) ? ".dropDefault()"
                        : Values.isFalse(v) ? "" : ".serverDefault(" + SchemaTranslator.serverDefault(v) + ")");
                case "new_column_name" -> b.append(".rename(").append(JavaText.literal(Values.string(v))).append(")");
                case "comment" -> b.append(".comment(").append(Values.isNone(v) ? "null" : JavaText.literal(Values.string(v))).append(")");
                case "existing_type" -> b.append(".existing(column(").append(JavaText.literal(column)).append(", ")
                        .append(SchemaTranslator.type(v)).append(")")
                        .append(Values.bool(c.kw("existing_nullable"), true) ? "" : ".notNull()")
                        .append(c.kw("existing_server_default") == null || Values.isNone(c.kw("existing_server_default"))
                                ? "" : ".serverDefault(" + SchemaTranslator.serverDefault(c.kw("existing_server_default")) + ")")
                        .append(")");
                case "schema" -> b.append(Values.isNone(v) ? "" : ".schema(" + JavaText.literal(Values.string(v)) + ")");
                case "table_name", "column_name", "postgresql_using", "existing_nullable", "existing_server_default",
                        "existing_comment", "existing_autoincrement" -> { }
                default -> throw new Untranslatable("alter_column option " + kw.getKey() + "=");
            }
        }
        if (b.toString().equals("a -> a")) {
            throw new Untranslatable("alter_column changes nothing Retort can express");
        }
        return b.toString();
    }

    /** {@code , "col"...} or {@code , i -> i.columns(...).unique().where(...)} from create_index's arguments. */
    static String index(Expr.Call c, int columnsArg) {
        List<Expr> items = Values.items(arg(c, columnsArg, "columns"));
        boolean expressions = items.stream().anyMatch(e -> !(e instanceof Expr.Str));
        boolean unique = Values.bool(c.kw("unique"), false);
        Expr where = c.kw("postgresql_where") != null ? c.kw("postgresql_where") : c.kw("sqlite_where");
        for (String key : c.kwargs().keySet()) {
            if (!Set.of("index_name", "table_name", "columns", "unique", "postgresql_where", "sqlite_where", "schema",
                    "if_not_exists").contains(key) || key.equals("schema") && !Values.isNone(c.kw("schema"))) {
                throw new Untranslatable("create_index option " + key + "=");
            }
        }
        if (!expressions && !unique && where == null) {
            return ", " + JavaText.literals(Values.strings(items));
        }
        List<String> sql = new ArrayList<>();
        for (Expr e : items) {
            sql.add(Values.sql(e));
        }
        return ", i -> i." + (expressions ? "expressions(" : "columns(") + JavaText.literals(sql) + ")"
                + (unique ? ".unique()" : "") + (where == null ? "" : ".where(" + JavaText.literal(Values.sql(where)) + ")");
    }

    /** {@code foreignKey(name, cols...).references(table, cols...)} from create_foreign_key's arguments. */
    static String foreignKey(Expr.Call c, int name, int referent, int local, int remote) {
        return "foreignKey(" + JavaText.literal(Values.isNone(arg(c, name, "constraint_name")) ? null
                : Values.string(arg(c, name, "constraint_name"))) + ", " + strs(c, local, "local_cols")
                + ").references(" + str(c, referent, "referent_table") + ", " + strs(c, remote, "remote_cols") + ")"
                + Values.referentialActions(c);
    }

    static String constraintKind(Expr.Call c) {
        Expr type = c.kw("type_");
        if (type == null || Values.isNone(type)) {
            return "";
        }
        return ", ConstraintKind." + switch (Values.string(type)) {
            case "foreignkey" -> "FOREIGN_KEY";
            case "unique" -> "UNIQUE";
            case "primary" -> "PRIMARY_KEY";
            case "check" -> "CHECK";
            default -> throw new Untranslatable("drop_constraint type_=" + Values.string(type));
        };
    }

    private static String bulkInsert(Expr.Call c, OpTranslator context) {
        String table = context.tableName(arg(c, 0, "table"));
        List<String> rows = new ArrayList<>();
        for (Expr row : Values.items(arg(c, 1, "rows"))) {
            if (!(row instanceof Expr.Dict d)) {
                throw new Untranslatable("bulk_insert rows must be dict literals");
            }
            List<String> pairs = new ArrayList<>();
            for (int i = 0; i < d.keys().size(); i++) {
                pairs.add(JavaText.literal(Values.string(d.keys().get(i))) + ", " + Values.value(d.values().get(i)));
            }
            rows.add("row(" + String.join(", ", pairs) + ")");
        }
        return "op.bulkInsert(" + JavaText.literal(table) + ", List.of(\n        " + String.join(",\n        ", rows) + "))";
    }

    static Expr arg(Expr.Call c, int index, String keyword) {
        Expr e = c.args().size() > index ? c.args().get(index) : c.kw(keyword);
        if (e == null) {
            throw new Untranslatable(Expr.dotted(c.function()) + " without " + keyword);
        }
        return e;
    }

    private static String str(Expr.Call c, int index, String keyword) {
        return JavaText.literal(Values.string(arg(c, index, keyword)));
    }

    private static String table(Expr.Call c, int index) {
        if (c.kw("schema") != null && !Values.isNone(c.kw("schema")) && !Expr.dotted(c.function()).endsWith("alter_column")) {
            throw new Untranslatable("schema= on this call");
        }
        return str(c, index, "table_name");
    }

    private static String strs(Expr.Call c, int index, String keyword) {
        return JavaText.literals(Values.strings(Values.items(arg(c, index, keyword))));
    }
}

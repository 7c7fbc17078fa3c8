package dev.retort.render;

import dev.retort.op.Execute;
import dev.retort.op.Operation;
import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.LiveSchema;
import dev.retort.dialect.SqlLexer;
import dev.retort.dialect.SqlSyntax;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Writes each operation as SQL text for {@code --sql} mode: one statement, {@code ;}, newline. Parameters
 * are substituted as the dialect's literals for the {@code ?} placeholders outside quotes and comments; a bulk
 * insert becomes multi-row INSERTs. An operation is rendered whole before any of it is written.
 *
 * Where scripts go through a client that splits at every semicolon ({@link SqlSyntax#clientDelimiters()}, the
 * mysql client), a statement holding one (a trigger or routine body) is wrapped in {@code DELIMITER //} ...
 * {@code DELIMITER ;} lines.
 *
 * <pre>{@code
 * new SqlTextSink(dialect, out).accept(new Execute("INSERT INTO t VALUES (?)", List.of("it's")));
 * // INSERT INTO t VALUES ('it''s');
 * }</pre>
 */
public final class SqlTextSink implements OperationSink {
    private final Dialect dialect;
    private final Appendable out;
    private final OperationRenderer renderer;

    public SqlTextSink(Dialect dialect, Appendable out) {
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.out = Objects.requireNonNull(out, "out");
        this.renderer = new OperationRenderer(dialect, LiveSchema.NONE, false);
    }

    @Override
    public void accept(Operation operation) {
        List<String> statements = new ArrayList<>();
        for (Sql sql : renderer.render(operation)) {
            if (sql.isInsert()) {
                statements.add(sql.text() + sql.rows().stream().map(row -> substitute(sql.tuple(), row))
                        .collect(Collectors.joining(",\n    ")));
            } else if (!sql.isCheck()) {
                statements.add(render(sql.text(), sql.rows().isEmpty() ? List.of() : sql.rows().get(0)));
            }
        }
        statements.forEach(this::write);
    }

    /** The statement with its parameters substituted as literals, without the closing semicolon. */
    public String render(String sql, List<Object> parameters) {
        String text = parameters.isEmpty() ? sql : substitute(sql, parameters);
        return stripTerminator(text);
    }

    private void write(String statement) {
        try {
            if (statement.indexOf(';') >= 0 && dialect.sqlSyntax().clientDelimiters()) {
                // A trigger or routine body holds semicolons the mysql client would split at: change the delimiter.
                String delimiter = statement.contains("//") ? "$$" : "//";
                out.append("DELIMITER ").append(delimiter).append('\n').append(statement).append(' ')
                        .append(delimiter).append("\nDELIMITER ;\n");
                return;
            }
            out.append(statement).append(";\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String substitute(String sql, List<Object> parameters) {
        StringBuilder b = new StringBuilder(sql.length() + 16 * parameters.size());
        int next = 0;
        for (SqlLexer.Token t : dialect.sqlSyntax().tokens(sql)) {
            if (t.isPunct('?')) {
                if (next >= parameters.size()) {
                    throw mismatch(sql, parameters.size());
                }
                b.append(dialect.literal(parameters.get(next++)));
            } else {
                b.append(t.text());
            }
        }
        if (next != parameters.size()) {
            throw mismatch(sql, parameters.size());
        }
        return b.toString();
    }

    private static RetortException mismatch(String sql, int given) {
        return new RetortException(ErrorCode.BAD_ARGUMENT, "op.execute got " + given + " parameter(s) but the SQL has "
                + "a different number of ? placeholders: " + sql);
    }

    private static String stripTerminator(String sql) {
        String s = sql.strip();
        while (s.endsWith(";")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s;
    }
}

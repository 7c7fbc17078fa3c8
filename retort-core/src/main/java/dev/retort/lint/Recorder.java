package dev.retort.lint;

import dev.retort.Migration;
import dev.retort.Op;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.SqlLexer;
import dev.retort.op.Operation;
import dev.retort.render.DefaultOp;
import dev.retort.render.SqlTextSink;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs a Java migration against an {@link Op} that records instead of executing: each call is rendered to the
 * dialect's SQL (as {@code --sql} would print it) and kept with the script line that made it, found on the stack.
 */
public final class Recorder {
    private Recorder() {
    }

    /** The statements {@code upgrade} (or the downgrade) records; throws what the migration throws. */
    public static List<LintInput.Statement> record(Migration migration, boolean upgrade, Dialect dialect,
                                                   Map<String, String> arguments) {
        List<LintInput.Statement> out = new ArrayList<>();
        Class<?> script = migration.getClass();
        Op op = new DefaultOp(operation -> out.addAll(render(operation, dialect, lineIn(script))), dialect, arguments, null);
        try {
            if (upgrade) {
                migration.upgrade(op);
            } else {
                migration.downgrade(op);
            }
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        return out;
    }

    private static List<LintInput.Statement> render(Operation operation, Dialect dialect, int line) {
        StringBuilder sql = new StringBuilder();
        new SqlTextSink(dialect, sql).accept(operation);
        List<LintInput.Statement> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        SqlLexer lexer = dialect.sqlSyntax().lexer(sql.toString());
        while (lexer.hasNext()) {
            SqlLexer.Token t = lexer.next();
            if (t.isPunct(';')) {
                add(statements, current, line);
            } else if (t.kind() != SqlLexer.Kind.COMMENT) {
                current.append(t.text());
            }
        }
        add(statements, current, line);
        return statements;
    }

    private static void add(List<LintInput.Statement> statements, StringBuilder sql, int line) {
        if (!sql.toString().isBlank()) {
            statements.add(new LintInput.Statement(sql.toString().strip(), line));
        }
        sql.setLength(0);
    }

    /** The line of the innermost frame in the script's class (or a class nested in it). */
    private static int lineIn(Class<?> script) {
        String name = script.getName();
        return StackWalker.getInstance().walk(frames -> frames
                .filter(f -> f.getClassName().equals(name) || f.getClassName().startsWith(name + "$"))
                .findFirst().map(StackWalker.StackFrame::getLineNumber).orElse(0));
    }
}

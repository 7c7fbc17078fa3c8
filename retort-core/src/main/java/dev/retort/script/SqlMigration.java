package dev.retort.script;

import dev.retort.Migration;
import dev.retort.error.MigrationFailedException;
import dev.retort.Op;
import dev.retort.error.RetortException;
import dev.retort.dialects.Dialects;
import dev.retort.dialect.SqlSyntax;
import dev.retort.migrate.StatementScript;
import dev.retort.script.StatementSplitter.Statement;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A SQL script as a {@link Migration}: each section's statements run one by one through
 * {@link Op#execute(String)}, their {@code ${name}} placeholders replaced from {@link Op#arguments()}
 * ({@link Placeholders}) before the first runs. A failing statement is reported with its file and line.
 *
 * <pre>{@code
 * Migration m = SqlMigration.parse(path, Files.readString(path));
 * m.upgrade(op);
 * }</pre>
 */
public final class SqlMigration implements Migration, StatementScript {

    private final String revision;
    private final Path file;
    private final String upgrade;
    private final int upgradeLine;
    private final String downgrade;
    private final int downgradeLine;
    /** The last split of each section (counting a script's statements, then running it, splits it once). */
    private volatile Split upgradeSplit;
    private volatile Split downgradeSplit;

    private record Split(SqlSyntax syntax, List<Statement> statements) {
    }

    private SqlMigration(String revision, Path file, SqlScriptParser.Parsed parsed) {
        this.revision = revision;
        this.file = file;
        this.upgrade = parsed.upgrade();
        this.upgradeLine = parsed.upgradeLine();
        this.downgrade = parsed.downgrade();
        this.downgradeLine = parsed.downgradeLine();
    }

    /**
     * Parses a SQL script's header and sections; the sections are split into statements when they run, with
     * the SQL syntax of the database the {@link Op} names ({@link Op#dialect()}).
     *
     * @throws dev.retort.error.ScriptException for a malformed header or missing sections
     */
    public static SqlMigration parse(Path file, String text) {
        SqlScriptParser.Parsed parsed = SqlScriptParser.parse(file, text);
        return new SqlMigration(parsed.header().id(), file, parsed);
    }

    /**
     * A script that is one upgrade section from its first line, with no header and no downgrade: a repeatable
     * script ({@link RepeatableScript}). A byte order mark is dropped and line ends read as {@code \n}.
     */
    static SqlMigration body(String name, Path file, String text) {
        String body = (text.startsWith("\uFEFF") ? text.substring(1) : text).replaceAll("\r\n?", "\n");
        return new SqlMigration(name, file, new SqlScriptParser.Parsed(null, body, 1, "", 1));
    }

    /**
     * A section split into statements as {@code syntax} reads it, placeholders still masked, with lines counted
     * from the start of the file; cached per section (counting a script's statements, then running it, splits it
     * once).
     */
    private List<Statement> split(boolean up, SqlSyntax syntax) {
        Split split = up ? upgradeSplit : downgradeSplit;
        if (split == null || !split.syntax().equals(syntax)) {
            int firstLine = up ? upgradeLine : downgradeLine;
            List<Statement> out = new ArrayList<>();
            for (Statement s : StatementSplitter.split(Placeholders.mask(up ? upgrade : downgrade), syntax)) {
                out.add(new Statement(s.sql(), firstLine + s.line() - 1));
            }
            split = new Split(syntax, List.copyOf(out));
            if (up) {
                upgradeSplit = split;
            } else {
                downgradeSplit = split;
            }
        }
        return split.statements();
    }

    /** A section's statements: as written when {@code values} is null, else with placeholders replaced. */
    private List<Statement> statements(boolean up, SqlSyntax syntax, Map<String, String> values) {
        List<Statement> out = new ArrayList<>();
        for (Statement s : split(up, syntax)) {
            String sql = values == null ? Placeholders.unmask(s.sql()) : Placeholders.replace(file, s.sql(), s.line(), syntax, values);
            out.add(new Statement(sql, s.line()));
        }
        return List.copyOf(out);
    }

    public String revision() {
        return revision;
    }

    public Path file() {
        return file;
    }

    /** The upgrade section's statements as the standard SQL syntax reads them; lines are the file's. */
    public List<Statement> upgradeStatements() {
        return upgradeStatements(SqlSyntax.STANDARD);
    }

    /** The downgrade section's statements as the standard SQL syntax reads them; lines are the file's. */
    public List<Statement> downgradeStatements() {
        return downgradeStatements(SqlSyntax.STANDARD);
    }

    /** The upgrade section's statements as {@code syntax} reads them; lines are the file's. */
    public List<Statement> upgradeStatements(SqlSyntax syntax) {
        return statements(true, syntax, null);
    }

    /**
     * The upgrade section's statements as {@code syntax} reads them, placeholders replaced from {@code values}.
     *
     * @throws dev.retort.error.ScriptException for an undefined placeholder, naming its line
     */
    public List<Statement> upgradeStatements(SqlSyntax syntax, Map<String, String> values) {
        return statements(true, syntax, Map.copyOf(values));
    }

    /** The downgrade section's statements as {@code syntax} reads them; lines are the file's. */
    public List<Statement> downgradeStatements(SqlSyntax syntax) {
        return statements(false, syntax, null);
    }

    /** The downgrade section's statements, placeholders replaced from {@code values}. */
    public List<Statement> downgradeStatements(SqlSyntax syntax, Map<String, String> values) {
        return statements(false, syntax, Map.copyOf(values));
    }

    @Override
    public void upgrade(Op op) {
        run(op, upgradeStatements(Dialects.sqlSyntax(op.dialect()), op.arguments()));
    }

    @Override
    public void downgrade(Op op) {
        run(op, downgradeStatements(Dialects.sqlSyntax(op.dialect()), op.arguments()));
    }

    @Override
    public List<Located> locatedStatements(boolean upgrade, SqlSyntax syntax, Map<String, String> arguments) {
        List<Statement> statements = statements(upgrade, syntax, Map.copyOf(arguments));
        List<Located> out = new ArrayList<>(statements.size());
        for (Statement s : statements) {
            out.add(new Located(s.sql(), file + ":" + s.line()));
        }
        return out;
    }

    private void run(Op op, List<Statement> statements) {
        for (Statement s : statements) {
            try {
                op.execute(s.sql());
            } catch (RetortException e) {
                throw new MigrationFailedException(revision, s.sql(),
                        file + ":" + s.line() + ": " + e.getMessage(), e);
            }
        }
    }

    @Override
    public String toString() {
        return "SqlMigration[" + file + "]";
    }
}

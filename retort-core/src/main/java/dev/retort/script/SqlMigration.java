package dev.retort.script;

import dev.retort.Migration;
import dev.retort.MigrationFailedException;
import dev.retort.Op;
import dev.retort.RetortException;
import dev.retort.script.StatementSplitter.Statement;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A SQL script as a {@link Migration}: each section's statements run one by one through
 * {@link Op#execute(String)}. A failing statement is reported with its file and line.
 *
 * <pre>{@code
 * Migration m = SqlMigration.parse(path, Files.readString(path));
 * m.upgrade(op);
 * }</pre>
 */
public final class SqlMigration implements Migration {

    private final String revision;
    private final Path file;
    private final List<Statement> upgrade;
    private final List<Statement> downgrade;

    private SqlMigration(String revision, Path file, List<Statement> upgrade, List<Statement> downgrade) {
        this.revision = revision;
        this.file = file;
        this.upgrade = List.copyOf(upgrade);
        this.downgrade = List.copyOf(downgrade);
    }

    /**
     * Parses a SQL script's text.
     *
     * @throws dev.retort.ScriptException for a malformed header or missing sections
     */
    public static SqlMigration parse(Path file, String text) {
        SqlScriptParser.Parsed parsed = SqlScriptParser.parse(file, text);
        return new SqlMigration(parsed.header().id(), file,
                statements(parsed.upgrade(), parsed.upgradeLine()),
                statements(parsed.downgrade(), parsed.downgradeLine()));
    }

    /** Statements of a section, with lines counted from the start of the file. */
    private static List<Statement> statements(String body, int firstLine) {
        List<Statement> out = new ArrayList<>();
        for (Statement s : StatementSplitter.split(body)) {
            out.add(new Statement(s.sql(), firstLine + s.line() - 1));
        }
        return out;
    }

    public String revision() {
        return revision;
    }

    public Path file() {
        return file;
    }

    /** The upgrade section's statements; lines are the file's. */
    public List<Statement> upgradeStatements() {
        return upgrade;
    }

    /** The downgrade section's statements; lines are the file's. */
    public List<Statement> downgradeStatements() {
        return downgrade;
    }

    @Override
    public void upgrade(Op op) {
        run(op, upgrade);
    }

    @Override
    public void downgrade(Op op) {
        run(op, downgrade);
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

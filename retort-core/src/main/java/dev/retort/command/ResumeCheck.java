package dev.retort.command;

import dev.retort.HistoryRow;
import dev.retort.dialect.Dialect;
import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.migrate.LoadedMigration;
import dev.retort.migrate.MigrationSource;
import dev.retort.migrate.StatementHashes;
import dev.retort.revision.Direction;
import dev.retort.revision.Step;
import java.util.ArrayList;
import java.util.List;

/**
 * Before {@code --resume} skips the statements of an interrupted migration that committed, checks that they
 * are still the script's first statements: an edit above the statement that failed would otherwise run
 * committed statements again and skip new ones. Compares the hash of each statement the history row
 * recorded with the script as it is now; the failed statement and those after it may change freely.
 */
final class ResumeCheck {
    private ResumeCheck() {
    }

    /** Throws MIGRATION_INCOMPLETE, naming the statements, when the committed ones are not the script's now. */
    static void requireSameStatements(HistoryRow row, Step step, MigrationSource source, Dialect dialect,
            java.util.Map<String, String> arguments) {
        int done = row.statementsDone();
        String now = source.checksum(row.revision());
        if (done == 0 || (row.checksum() != null && row.checksum().equalsIgnoreCase(now))) {
            return;
        }
        List<String> recorded = StatementHashes.split(row.statementHashes());
        List<StatementHashes.Statement> statements = statements(step, source, dialect, arguments);
        List<String> differing = new ArrayList<>();
        for (int i = 0; i < Math.min(done, recorded.size()); i++) {
            if (i >= statements.size() || !recorded.get(i).equals(statements.get(i).hash())) {
                differing.add(describe(i, statements));
            }
        }
        String script = source.describe(row.revision());
        String verb = step.direction() == Direction.UPGRADE ? "upgrade" : "downgrade";
        String ways = "; restore them as they ran (only statement " + (done + 1) + " and later may change), or undo what "
                + "ran by hand and use --retry, or make the database right by hand and 'retort stamp' the revision it is at";
        if (!differing.isEmpty()) {
            throw new RetortException(ErrorCode.MIGRATION_INCOMPLETE, "cannot --resume the " + verb + " of revision "
                    + row.revision() + " (" + script + "): " + done + " statement(s) committed before it stopped, and "
                    + "the script now holds other statements in their place: " + String.join("; ", differing)
                    + " (edited since it ran)" + ways);
        }
        if (done > recorded.size()) {
            throw new RetortException(ErrorCode.MIGRATION_INCOMPLETE, "cannot --resume the " + verb + " of revision "
                    + row.revision() + " (" + script + "): the script changed since it ran (checksum "
                    + shortSum(row.checksum()) + " then, " + shortSum(now) + " now) and the history row does not record "
                    + "statements " + (recorded.size() + 1) + " to " + done + " of those that committed, so Retort cannot "
                    + "tell whether they are the same" + ways);
        }
    }

    /** The statements the migration runs now, in order, collected without running them. */
    private static List<StatementHashes.Statement> statements(Step step, MigrationSource source, Dialect dialect,
            java.util.Map<String, String> arguments) {
        LoadedMigration loaded = source.load(List.of(step.revision())).get(step.revision().id());
        try {
            return StatementHashes.collect(loaded.migration(), step.direction() == Direction.UPGRADE, dialect, arguments);
        } catch (Exception e) {
            throw new RetortException(ErrorCode.SCRIPT, "cannot read the statements of revision " + step.revision().id()
                    + " to resume it: " + e.getMessage(), e);
        }
    }

    private static String describe(int index, List<StatementHashes.Statement> statements) {
        String text = index >= statements.size() ? "(none: the script is shorter now)" : statements.get(index).text();
        String one = text.replaceAll("\\s+", " ").strip();
        return "statement " + (index + 1) + " is now '" + (one.length() > 80 ? one.substring(0, 77) + "..." : one) + "'";
    }

    private static String shortSum(String sum) {
        return sum == null ? "none" : sum.length() > 12 ? sum.substring(0, 12) : sum;
    }
}

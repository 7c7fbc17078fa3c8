package dev.retort.command;

import dev.retort.Allow;
import dev.retort.Migration;
import dev.retort.dialect.Dialect;
import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.lint.LintInput;
import dev.retort.lint.Recorder;
import dev.retort.migrate.LoadedMigration;
import dev.retort.revision.RevisionNode;
import dev.retort.revision.Step;
import dev.retort.script.InParallel;
import dev.retort.script.SqlMigration;
import dev.retort.script.StatementSplitter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What {@code lint} reads of each script: SQL scripts' statements as the dialect splits them, Java scripts recorded. */
final class LintInputs {
    /** The downgrade lint cannot record offline: it works on the live table, so it is not empty. */
    static final LintInput.Statement ONLINE_ONLY = new LintInput.Statement("/* recorded online only */", 0);

    private LintInputs() {
    }

    static List<LintInput> of(List<Step> steps, ScriptSet scripts, Dialect dialect, Map<String, String> arguments) {
        List<RevisionNode> revisions = steps.stream().map(Step::revision).toList();
        Map<String, LoadedMigration> loaded = scripts.source(dialect).load(revisions);
        List<Path> files = revisions.stream().map(r -> scripts.path(r.id())).toList();
        // Read again for the allow comments (the loader keeps no text): many at once, 20 to 35 ms less for 1,000.
        List<String> texts = InParallel.map(files, LintInputs::read);
        List<LintInput> inputs = new ArrayList<>();
        for (int i = 0; i < revisions.size(); i++) {
            RevisionNode revision = revisions.get(i);
            LoadedMigration m = loaded.get(revision.id());
            Path file = files.get(i);
            String text = texts.get(i);
            if (m.migration() instanceof SqlMigration sql) {
                inputs.add(new LintInput(revision.id(), file, text, m.transactional(),
                        statements(sql.upgradeStatements(dialect.sqlSyntax())),
                        statements(sql.downgradeStatements(dialect.sqlSyntax())), null));
            } else {
                inputs.add(java(revision.id(), file, text, m, dialect, arguments));
            }
        }
        return inputs;
    }

    private static LintInput java(String id, Path file, String text, LoadedMigration m, Dialect dialect,
                                  Map<String, String> arguments) {
        Migration migration = m.migration();
        List<LintInput.Statement> up;
        try {
            up = Recorder.record(migration, true, dialect, arguments);
        } catch (RuntimeException e) {
            up = List.of();
        }
        List<LintInput.Silence> allows = silences(migration.getClass(), text);
        try {
            return new LintInput(id, file, text, m.transactional(), up, Recorder.record(migration, false, dialect, arguments),
                    null, allows);
        } catch (RuntimeException e) {
            if (e instanceof RetortException r && r.code() == ErrorCode.UNSUPPORTED
                    && String.valueOf(r.getMessage()).contains(" is not supported offline on ")) {
                // An operation that needs the live table (SQLite's rebuilds, OperationRenderer): the downgrade does
                // something online, lint cannot see what.
                return new LintInput(id, file, text, m.transactional(), up, List.of(ONLINE_ONLY), null, allows);
            }
            return new LintInput(id, file, text, m.transactional(), up, List.of(), String.valueOf(e.getMessage()), allows);
        }
    }

    /** The script class's {@code @Allow}s, each with the line of the script that names its rule (0 when not found). */
    static List<LintInput.Silence> silences(Class<?> script, String text) {
        List<String> lines = text.lines().toList();
        List<LintInput.Silence> out = new ArrayList<>();
        for (Allow allow : script.getAnnotationsByType(Allow.class)) {
            int line = 0;
            for (int n = 0; n < lines.size() && line == 0; n++) {
                if (lines.get(n).contains("Allow") && lines.get(n).contains("\"" + allow.rule() + "\"")) {
                    line = n + 1;
                }
            }
            out.add(new LintInput.Silence(allow.rule(), allow.reason(), line));
        }
        return out;
    }

    private static List<LintInput.Statement> statements(List<StatementSplitter.Statement> statements) {
        return statements.stream().map(s -> new LintInput.Statement(s.sql(), s.line())).toList();
    }

    private static String read(Path file) {
        try {
            return file == null || !Files.isRegularFile(file) ? "" : Files.readString(file);
        } catch (IOException e) {
            return "";
        }
    }
}

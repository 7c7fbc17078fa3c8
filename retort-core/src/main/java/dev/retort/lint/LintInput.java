package dev.retort.lint;

import java.nio.file.Path;
import java.util.List;

/**
 * One revision's script as lint reads it.
 *
 * @param text          the script's text, for {@code retort:allow} comments (empty when unknown)
 * @param upgrade       the upgrade's statements, with the script lines they come from
 * @param downgrade     the downgrade's statements
 * @param downgradeFails the downgrade's error when recording it threw (the script refuses to downgrade), else null
 * @param silences      a Java script's {@code @Allow} annotations
 */
public record LintInput(String revision, Path file, String text, boolean transactional, List<Statement> upgrade,
                        List<Statement> downgrade, String downgradeFails, List<Silence> silences) {
    public LintInput {
        upgrade = List.copyOf(upgrade);
        downgrade = List.copyOf(downgrade);
        text = text == null ? "" : text;
        silences = List.copyOf(silences);
    }

    /** A script with no {@code @Allow} annotations (SQL scripts: their allows are comments in {@code text}). */
    public LintInput(String revision, Path file, String text, boolean transactional, List<Statement> upgrade,
                     List<Statement> downgrade, String downgradeFails) {
        this(revision, file, text, transactional, upgrade, downgrade, downgradeFails, List.of());
    }

    /** A Java script's {@code @Allow(rule, reason)}: silences every finding of {@code rule} in the script. */
    public record Silence(String rule, String reason, int line) {
    }

    /** One SQL statement and the script line it starts on (0 when unknown). */
    public record Statement(String sql, int line) {
    }
}

package dev.retort;

import java.nio.file.Path;

/**
 * One thing {@link Retort#lint(String)} found in a script.
 *
 * @param rule     the rule's id, such as {@code index-not-concurrent}; what {@code -- retort:allow RULE reason} names
 * @param severity {@code error}, {@code warning} or {@code notice}
 * @param revision the revision whose script it is in
 * @param file     the script (null for a migration with no file)
 * @param line     the line in the script (0 when unknown)
 * @param message  what is wrong and why it hurts in production
 * @param fix      the safe way to do it
 */
public record LintFinding(String rule, String severity, String revision, Path file, int line, String message, String fix) {
    /** {@code versions/x.sql:12: warning [rule] message} (no line for a whole-script finding) and the fix on a second, indented line. */
    public String format(Path relativeTo) {
        String where = file == null ? revision
                : (relativeTo != null && file.isAbsolute() && file.startsWith(relativeTo) ? relativeTo.relativize(file) : file)
                        .toString().replace('\\', '/');
        return where + (line > 0 ? ":" + line : "") + ": " + severity + " [" + rule + "] " + message + (fix == null ? "" : "\n    fix: " + fix);
    }
}

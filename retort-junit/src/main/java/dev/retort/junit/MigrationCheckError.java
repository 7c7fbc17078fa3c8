package dev.retort.junit;

import java.nio.file.Path;
import java.util.List;

/**
 * A check found a problem: which revision, its script, and what is wrong, one line each. The message reads
 * {@code round trip: revision 3c1f0a9b2d4e "add status" (migrations/versions/3c1f0a9b2d4e_add_status.sql): ...}.
 */
public final class MigrationCheckError extends AssertionError {
    private static final long serialVersionUID = 1L;

    private final transient MigrationCheck check;
    private final String revision;
    private final transient Path script;
    private final List<String> differences;

    MigrationCheckError(MigrationCheck check, Target target, String problem, List<String> differences, Throwable cause) {
        super(message(check, target, problem, differences), cause);
        this.check = check;
        this.revision = target == null ? null : target.id();
        this.script = target == null ? null : target.script();
        this.differences = List.copyOf(differences);
    }

    /** The check that failed. */
    public MigrationCheck check() {
        return check;
    }

    /** The revision at fault, or null when the problem is not one revision's (two heads). */
    public String revision() {
        return revision;
    }

    /** The revision's script, or null. */
    public Path script() {
        return script;
    }

    /** The differences found, one line each (may be empty when the problem says it all). */
    public List<String> differences() {
        return differences;
    }

    private static String message(MigrationCheck check, Target target, String problem, List<String> differences) {
        StringBuilder sb = new StringBuilder(check.displayName()).append(": ");
        if (target != null) {
            sb.append(target).append(": ");
        }
        sb.append(problem);
        for (String line : differences) {
            sb.append("\n  - ").append(line);
        }
        return sb.toString();
    }

    /** A revision as messages name it. */
    record Target(String id, String message, Path script) {
        @Override
        public String toString() {
            return "revision " + id + (message == null || message.isBlank() ? "" : " \"" + message + "\"")
                    + (script == null ? "" : " (" + display(script) + ")");
        }

        /** Relative to the working folder when the script is under it: what a user clicks in a report. */
        static String display(Path script) {
            Path cwd = Path.of("").toAbsolutePath();
            Path abs = script.toAbsolutePath().normalize();
            return abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
        }
    }
}

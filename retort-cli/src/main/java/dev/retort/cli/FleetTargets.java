package dev.retort.cli;

import dev.retort.config.DatabaseUrl;
import dev.retort.config.RetortConfig;
import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The targets of a fleet command, from a file, the configuration or a query: each a database URL (its own
 * version table and lock) or a schema name (a schema of the main database, with its own version table and lock).
 *
 * <pre>
 * # tenants.txt
 * tenant_001
 * postgresql://app@db2/orders     # named as written in the report, its password hidden
 * sqlite:///data/edge-1.db      # relative paths: against the file's folder
 * </pre>
 */
final class FleetTargets {
    private static final Pattern SCHEMA = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]*");

    /** One target: {@code url} for a database of its own, else {@code schema} of the main database. */
    record Target(String name, DatabaseUrl url, String schema) {
    }

    private FleetTargets() {
    }

    /**
     * @param main the main database (for schema targets and the query); empty when none is configured
     */
    static List<Target> read(FleetOptions options, RetortConfig config, Invocation invocation,
            Optional<DatabaseUrl> main) {
        if (options.targetsFile != null && options.targetsQuery != null) {
            throw new RetortException(ErrorCode.BAD_ARGUMENT, "--targets and --targets-query exclude each other: give one list");
        }
        List<Target> targets;
        if (options.targetsFile != null) {
            targets = file(invocation.resolve(options.targetsFile), invocation);
        } else if (options.targetsQuery != null) {
            targets = query(options.targetsQuery, "--targets-query", main, invocation);
        } else if (config.property(FleetOptions.TARGETS_FILE).isPresent()) {
            targets = file(config.directory().resolve(config.property(FleetOptions.TARGETS_FILE).get()), invocation);
        } else if (config.property(FleetOptions.TARGETS_QUERY).isPresent()) {
            targets = query(config.property(FleetOptions.TARGETS_QUERY).get(), config.file().getFileName() + ": "
                    + FleetOptions.TARGETS_QUERY, main, invocation);
        } else {
            targets = new ArrayList<>();
            String where = config.file().getFileName() + ": " + FleetOptions.TARGETS;
            for (String item : config.property(FleetOptions.TARGETS).orElse("").split("\\s*,\\s*|\\s+")) {
                if (!item.isBlank()) {
                    targets.add(parse(item, where, config.directory(), invocation));
                }
            }
        }
        return checked(targets, main);
    }

    private static List<Target> file(Path file, Invocation invocation) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new RetortException(ErrorCode.CONFIG, "cannot read the targets file " + invocation.display(file) + ": "
                    + (e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.getMessage()), e);
        }
        List<Target> targets = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).replaceFirst("^\\s*#.*$|\\s+#.*$", "").strip();
            if (!line.isEmpty()) {
                targets.add(parse(line, invocation.display(file) + ":" + (i + 1), file.toAbsolutePath().getParent(),
                        invocation));
            }
        }
        return targets;
    }

    private static List<Target> query(String sql, String where, Optional<DatabaseUrl> main, Invocation invocation) {
        DatabaseUrl db = main.orElseThrow(() -> new RetortException(ErrorCode.CONFIG, where
                + " runs on the main database: pass --url, set RETORT_URL or url in the configuration"));
        List<Target> targets = new ArrayList<>();
        try (Connection c = db.user() == null ? DriverManager.getConnection(db.jdbcUrl())
                : DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password() == null ? "" : db.password());
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int row = 0;
            while (rs.next()) {
                row++;
                String value = rs.getString(1);
                if (value != null && !value.isBlank()) {
                    targets.add(parse(value.strip(), where + " (row " + row + ")", invocation.cwd(), invocation));
                }
            }
        } catch (SQLException e) {
            throw new RetortException(ErrorCode.CONFIG, where + " failed on " + db.redacted() + ": "
                    + e.getMessage(), e);
        }
        return targets;
    }

    private static Target parse(String text, String where, Path base, Invocation invocation) {
        if (text.contains(":")) {
            try {
                DatabaseUrl url = DatabaseUrl.parse(text).resolveFilesAgainst(base);
                invocation.secrets().add(url.password());
                // Named as written (password hidden): what the user recognises in the report.
                return new Target(dev.retort.config.Redaction.redact(text, url.password() == null ? List.of()
                        : List.of(url.password())), url, null);
            } catch (RetortException e) {
                throw new RetortException(ErrorCode.CONFIG, where + ": " + e.getMessage(), e);
            }
        }
        if (!SCHEMA.matcher(text).matches()) {
            throw new RetortException(ErrorCode.CONFIG, where + ": '" + text + "' is neither a database URL nor a "
                    + "schema name (letters, digits, _ and $)");
        }
        return new Target(text, null, text);
    }

    private static List<Target> checked(List<Target> targets, Optional<DatabaseUrl> main) {
        if (targets.isEmpty()) {
            throw new RetortException(ErrorCode.CONFIG, "the list of targets is empty: nothing to run on");
        }
        Set<String> seen = new HashSet<>();
        for (Target t : targets) {
            if (!seen.add(t.name())) {
                throw new RetortException(ErrorCode.CONFIG, "target " + t.name() + " is listed twice");
            }
            if (t.schema() != null && main.isEmpty()) {
                throw new RetortException(ErrorCode.CONFIG, "schema target " + t.name() + " needs the main database: "
                        + "pass --url, set RETORT_URL or url in the configuration");
            }
        }
        return targets;
    }
}

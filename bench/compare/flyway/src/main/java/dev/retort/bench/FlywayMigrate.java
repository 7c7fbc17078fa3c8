package dev.retort.bench;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * What `flyway migrate` does, through Flyway's public API: applies the pending versioned migrations
 * (V&lt;i&gt;__*.sql) found in DIR to the database at URL. With nothing pending it only validates and exits.
 *
 * <pre>java -jar flyway-bench.jar DIR JDBC_URL</pre>
 * or {@code --version}: prints Flyway's version (start-up alone, as {@code flyway --version}).
 */
public final class FlywayMigrate {
    private FlywayMigrate() {
    }

    public static void main(String[] args) {
        if (args.length == 1 && args[0].equals("--version")) {
            System.out.println("Flyway " + org.flywaydb.core.internal.license.VersionPrinter.getVersion());
            return;
        }
        if (args.length != 2) {
            System.err.println("usage: FlywayMigrate DIR JDBC_URL");
            System.exit(2);
        }
        MigrateResult result = Flyway.configure()
                .dataSource(args[1], null, null)
                .locations("filesystem:" + args[0])
                .load()
                .migrate();
        System.out.println("flyway: " + result.migrationsExecuted + " migrations applied, now at "
                + result.targetSchemaVersion);
    }
}

package dev.retort.cli;

import dev.retort.config.DatabaseUrl;
import dev.retort.imports.AlembicImporter;
import dev.retort.imports.FlywayImporter;
import dev.retort.imports.ImportReport;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code retort import alembic|flyway PATH}: converts another tool's project into Retort scripts. */
@Command(name = "import", mixinStandardHelpOptions = true, synopsisSubcommandLabel = "alembic|flyway",
        description = "Write Retort scripts from an Alembic or Flyway project, with the same revisions.",
        subcommands = {ImportCommand.Alembic.class, ImportCommand.Flyway.class})
final class ImportCommand implements Callable<Integer> {
    @ParentCommand
    RetortCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing importer: alembic or flyway");
    }

    /** What both importers share: the destination, the config file, and the report. */
    abstract static class Importer implements Callable<Integer> {
        @ParentCommand
        ImportCommand parent;

        @Option(names = "--to", paramLabel = "DIR", defaultValue = "migrations",
                description = "Retort script folder to write (DIR/versions/); default: ${DEFAULT-VALUE}.")
        String to;

        Invocation invocation() {
            return parent.root.invocation;
        }

        void info(String line) {
            if (!parent.root.quiet) {
                invocation().out().println(line);
            }
        }

        void print(ImportReport report) {
            for (ImportReport.FileResult f : report.files()) {
                String what = switch (f.status()) {
                    case TRANSLATED -> "translated";
                    case PARTLY -> "partly translated: " + f.detail();
                    case NOT -> "not translated: " + f.detail();
                    case SKIPPED -> "skipped: " + f.detail();
                };
                String target = f.written() == null ? "" : " -> " + invocation().display(f.written());
                invocation().out().println("Importing " + invocation().display(f.source()) + target + " ... " + what);
            }
            if (report.config() != null) {
                info("Generating " + invocation().display(report.config()) + " ... done");
            }
            invocation().out().println(report.files().size() + " files: " + report.count(ImportReport.Status.TRANSLATED)
                    + " translated, " + report.count(ImportReport.Status.PARTLY) + " partly, "
                    + report.count(ImportReport.Status.NOT) + " not, " + report.count(ImportReport.Status.SKIPPED)
                    + " skipped");
        }

        Path config() {
            return Session.configFile(parent.root);
        }
    }

    @Command(name = "alembic", mixinStandardHelpOptions = true,
            description = "Import an Alembic project: its revision files become Java scripts with the same ids, "
                    + "and retort.properties gets version_table = alembic_version.")
    static final class Alembic extends Importer {
        @Parameters(paramLabel = "PATH", description = "alembic.ini, the folder holding it, the script folder, or versions/.")
        String path;

        @Override
        public Integer call() {
            Invocation in = invocation();
            print(AlembicImporter.importProject(in.resolve(path), in.resolve(to), config()));
            return 0;
        }
    }

    @Command(name = "flyway", mixinStandardHelpOptions = true,
            description = "Import Flyway scripts (V1__name.sql, U1__name.sql) as SQL revisions in one chain; a "
                    + "database with flyway_schema_history (--url or the config's url) is stamped at its last "
                    + "successful version.")
    static final class Flyway extends Importer {
        @Parameters(paramLabel = "PATH", description = "The folder of Flyway scripts, such as src/main/resources/db/migration.")
        String path;

        @Override
        public Integer call() throws SQLException {
            Invocation in = invocation();
            print(FlywayImporter.importProject(in.resolve(path), in.resolve(to), config()));
            try (Session session = Session.open(parent.root, false, dev.retort.MigrationListener.NONE)) {
                Optional<DatabaseUrl> db = session.database();
                if (db.isEmpty()) {
                    info("No database URL: run retort stamp <id> against a database Flyway migrated");
                    return 0;
                }
                Optional<String> applied;
                java.util.Properties credentials = new java.util.Properties();
                if (db.get().user() != null) {
                    credentials.setProperty("user", db.get().user());
                }
                if (db.get().password() != null) {
                    credentials.setProperty("password", db.get().password());
                }
                try (Connection c = DriverManager.getConnection(db.get().jdbcUrl(), credentials)) {
                    applied = FlywayImporter.appliedRevision(c);
                }
                if (applied.isEmpty()) {
                    info("The database has no successful Flyway migration: nothing to stamp");
                    return 0;
                }
                session.retort().stamp(applied.get(), false);
                info("Stamped the database at " + applied.get() + " (Flyway's last successful version)");
            }
            return 0;
        }
    }
}

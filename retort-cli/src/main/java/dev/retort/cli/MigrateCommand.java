package dev.retort.cli;

import dev.retort.ErrorCode;
import dev.retort.Retort;
import dev.retort.RetortException;
import dev.retort.migrate.MigrationListener;
import picocli.CommandLine.Option;

/** What {@code upgrade}, {@code downgrade} and {@code stamp} share: a target, online or as SQL ({@code --sql}). */
abstract class MigrateCommand extends BaseCommand {
    @Option(names = "--sql", description = "Print the SQL instead of running it (offline mode); TARGET may be a range FROM:TO.")
    boolean sql;

    abstract String target();

    /** Runs against the database. */
    abstract void online(Retort retort, String target);

    /** Prints the SQL, touching no database. */
    abstract void offline(Retort retort, String target, Appendable out);

    @Override
    final void execute() {
        String target = target();
        if (!sql && target.contains(":")) {
            throw new RetortException(ErrorCode.BAD_ARGUMENT, "a range such as " + target
                    + " needs --sql (it prints SQL from one revision to another); to change the database, name one target");
        }
        StepPrinter printer = new StepPrinter(out());
        MigrationListener listener = sql || root.quiet ? MigrationListener.NONE : printer;
        try (Session session = open(true, listener)) {
            Retort retort = session.retort();
            if (sql) {
                offline(retort, target, out());
                out().flush();
                return;
            }
            printer.messagesFrom(() -> retort.history(null, false));
            try {
                online(retort, target);
            } finally {
                printer.endLine();
            }
        }
    }
}

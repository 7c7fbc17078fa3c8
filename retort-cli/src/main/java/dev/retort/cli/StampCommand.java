package dev.retort.cli;

import dev.retort.Retort;
import java.util.Set;
import java.util.TreeSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code retort stamp head}: write the version table without running migrations. */
@Command(name = "stamp", mixinStandardHelpOptions = true,
        description = "Set the database's revision in the version table without running any migration.")
final class StampCommand extends MigrateCommand {
    @Parameters(paramLabel = "TARGET", description = "head, base, or a revision.")
    String target;

    @Option(names = "--purge", description = "Empty the version table first, even if it names unknown revisions.")
    boolean purge;

    @Override
    String target() {
        return target;
    }

    @Override
    void online(Retort retort, String target) {
        Set<String> rows = retort.stamp(target, purge);
        info("Stamped " + (rows.isEmpty() ? "<base>" : String.join(", ", new TreeSet<>(rows))));
    }

    @Override
    void offline(Retort retort, String target, Appendable out) {
        retort.stampSql(target, purge, out);
    }
}

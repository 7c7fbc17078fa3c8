package dev.retort.cli;

import dev.retort.error.ErrorCode;
import dev.retort.Retort;
import dev.retort.error.RetortException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code retort stamp head}: write the version table without running migrations. */
@Command(name = "stamp", mixinStandardHelpOptions = true,
        description = "Set the database's revision in the version table without running any migration.")
final class StampCommand extends MigrateCommand {
    @Parameters(paramLabel = "TARGET", arity = "0..1", description = "head, base, or a revision.")
    String target;

    @Option(names = "--purge", description = "Empty the version table first, even if it names unknown revisions.")
    boolean purge;

    @Option(names = "--refresh-checksums",
            description = "Record the current checksum of every applied script edited since it ran (no TARGET).")
    boolean refreshChecksums;

    @Override
    String target() {
        if (refreshChecksums) {
            if (target != null || purge || sql) {
                throw new RetortException(ErrorCode.BAD_ARGUMENT, "stamp --refresh-checksums takes no TARGET, --purge or "
                        + "--sql: it only records the checksums of the applied scripts as they are now");
            }
            return "";
        }
        if (target == null) {
            throw new RetortException(ErrorCode.BAD_ARGUMENT, "stamp needs a TARGET (head, base, a revision), or "
                    + "--refresh-checksums");
        }
        return target;
    }

    @Override
    void online(Retort retort, String target) {
        if (refreshChecksums) {
            List<String> refreshed = retort.refreshChecksums();
            info(refreshed.isEmpty() ? "Every applied script matches its recorded checksum"
                    : "Refreshed the checksum of " + String.join(", ", refreshed));
            return;
        }
        Set<String> rows = retort.stamp(target, purge);
        info("Stamped " + (rows.isEmpty() ? "<base>" : String.join(", ", new TreeSet<>(rows))));
    }

    @Override
    public void fleetValidate() {
        if (refreshChecksums) {
            throw new RetortException(ErrorCode.BAD_ARGUMENT, "stamp --refresh-checksums runs on one database: leave out "
                    + "the targets");
        }
        super.fleetValidate();
    }

    @Override
    dev.retort.RetortFleet.Report runFleet(dev.retort.RetortFleet fleet, String target) {
        return fleet.stamp(target, purge);
    }

    @Override
    void offline(Retort retort, String target, Appendable out) {
        retort.stampSql(target, purge, out);
    }
}

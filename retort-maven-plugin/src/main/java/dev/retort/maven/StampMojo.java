package dev.retort.maven;

import dev.retort.Retort;
import java.util.Set;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** {@code retort stamp TARGET [--purge]}: writes the version table without running migrations. */
@Mojo(name = "stamp", threadSafe = true)
public class StampMojo extends AbstractRetortMojo {

    @Parameter(property = "retort.target", required = true)
    private String target;

    /** Empties the version table first, even of unknown revisions. */
    @Parameter(property = "retort.purge", defaultValue = "false")
    private boolean purge;

    @Override
    protected void run(RetortSetup setup) {
        try (Retort retort = open(setup, true, false)) {
            Set<String> rows = retort.stamp(target, purge);
            info("Stamped " + (rows.isEmpty() ? "<base>" : String.join(", ", rows)));
        }
    }
}

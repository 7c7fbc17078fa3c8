package dev.retort.maven;

import dev.retort.MigrationResult;
import dev.retort.Retort;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** {@code retort downgrade TARGET}: reverts down to {@code -Dretort.target} ({@code base}, an id, {@code -1}). */
@Mojo(name = "downgrade", threadSafe = true)
public class DowngradeMojo extends AbstractRetortMojo {

    @Parameter(property = "retort.target", required = true)
    private String target;

    @Override
    protected void run(RetortSetup setup) {
        try (Retort retort = open(setup, true, false)) {
            MigrationResult result = retort.downgrade(target);
            if (result.isEmpty()) {
                info("Nothing to downgrade: the database is at " + target);
            }
        }
    }
}

package dev.retort.maven;

import dev.retort.MigrationResult;
import dev.retort.Retort;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** {@code retort upgrade TARGET}: applies the pending migrations, under the migration lock. */
@Mojo(name = "upgrade", threadSafe = true)
public class UpgradeMojo extends AbstractRetortMojo {

    /** {@code head}, {@code heads}, an id, {@code +N}, {@code label@head}. */
    @Parameter(property = "retort.target", defaultValue = "head")
    private String target;

    @Override
    protected void run(RetortSetup setup) {
        try (Retort retort = open(setup, true, false)) {
            MigrationResult result = retort.upgrade(target);
            if (result.isEmpty()) {
                info("Nothing to upgrade: the database is at " + target);
            }
        }
    }
}

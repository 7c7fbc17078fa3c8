package dev.retort.maven;

import dev.retort.Retort;
import org.apache.maven.plugins.annotations.Mojo;

/** {@code retort heads}: the heads of the scripts. */
@Mojo(name = "heads", threadSafe = true)
public class HeadsMojo extends AbstractRetortMojo {

    @Override
    protected void run(RetortSetup setup) {
        try (Retort retort = open(setup, false, false)) {
            retort.heads().forEach(r -> info(Lines.head(r)));
        }
    }
}

package dev.retort.maven;

import dev.retort.Retort;
import dev.retort.RevisionInfo;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;

/** {@code retort current}: the database's revision(s). */
@Mojo(name = "current", threadSafe = true)
public class CurrentMojo extends AbstractRetortMojo {

    @Override
    protected void run(RetortSetup setup) {
        try (Retort retort = open(setup, true, false)) {
            List<RevisionInfo> current = retort.current();
            if (current.isEmpty()) {
                info("<base>: no revision applied");
            }
            current.forEach(r -> info(Lines.current(r)));
        }
    }
}

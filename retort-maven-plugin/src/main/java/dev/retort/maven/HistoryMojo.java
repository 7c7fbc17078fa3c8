package dev.retort.maven;

import dev.retort.Retort;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** {@code retort history [-r RANGE] [-i]}: every revision, newest first. */
@Mojo(name = "history", threadSafe = true)
public class HistoryMojo extends AbstractRetortMojo {

    /** {@code base:head}, {@code -3:}, {@code current:}. */
    @Parameter(property = "retort.range")
    private String range;

    /** Marks {@code (current)}; needs the database. */
    @Parameter(property = "retort.indicateCurrent", defaultValue = "false")
    private boolean indicateCurrent;

    @Override
    protected void run(RetortSetup setup) {
        try (Retort retort = open(setup, false, false)) {
            retort.history(range, indicateCurrent).forEach(r -> info(Lines.history(r)));
        }
    }
}

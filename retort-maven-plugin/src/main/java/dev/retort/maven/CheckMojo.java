package dev.retort.maven;

import dev.retort.Diff;
import dev.retort.Retort;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code retort check}: fails the build, listing the differences, when the models (the project's own compiled
 * classes) and the database at head disagree. Bound to {@code verify} by default once declared in an execution.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, requiresDependencyResolution = ResolutionScope.RUNTIME,
        threadSafe = true)
public class CheckMojo extends AbstractRetortMojo {

    @Override
    protected boolean usesModels() {
        return true;
    }

    @Override
    protected void run(RetortSetup setup) throws MojoFailureException {
        try (Retort retort = open(setup, true, true)) {
            Diff diff = retort.check();
            if (diff.isEmpty()) {
                info("No new upgrade operations detected.");
                return;
            }
            StringBuilder message = new StringBuilder("The models and the migrations differ (")
                    .append(diff.changes().size()).append("); write the missing revision with"
                            + " 'mvn retort:revision -Dretort.autogenerate -Dretort.message=...':");
            diff.changes().forEach(c -> message.append("\n  ").append(c));
            throw new MojoFailureException(redact(message.toString()));
        }
    }
}

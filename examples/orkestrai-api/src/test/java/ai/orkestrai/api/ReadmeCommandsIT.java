package ai.orkestrai.api;

import static org.assertj.core.api.Assertions.assertThat;

import ai.orkestrai.api.Deployment.Result;
import ai.orkestrai.api.Deployment.Service;
import dev.retort.Retort;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every command of the README's {@code bash} blocks, in the README's order, against new empty PostgreSQL
 * databases, each {@code retort} command in a copy of this project (its migrations, {@code retort.properties} and
 * compiled entities), and checks what each prints. {@link #STEPS} says, for each command, where the database
 * (and the copy) must be before it and a line it must print; the README's commands must be exactly those, so
 * a command added to the README fails here until it is run. Adaptations: {@code docker exec orkestrai-api
 * retort ...} runs the same {@code retort} command in the copy with the service's environment (what the
 * container holds); a command that starts the service runs in this project's folder with a free
 * {@code --server.port}, and is stopped once it is healthy and {@code GET /plans} answered; {@code mvn compile}, mentioned in the prose, is the build that ran before this test.
 */
class ReadmeCommandsIT {
    private static final String DOCKER = "docker exec orkestrai-api ";

    /**
     * @param before {@code null} to go on where the previous command left off; {@code fresh:REV} for a new copy and a
     *               new database upgraded to {@code REV}; {@code phone-less:REV} the same without the add_phone
     *               script (to generate it again); {@code at:REV} the same copy and database, moved to {@code REV}
     * @param expect a line the command must print (stdout and stderr), or for a service the free plan's tokens
     */
    record Step(String command, String before, String expect) {
    }

    static final List<Step> STEPS = List.of(
            new Step("scripts/run_retort_migrations.sh", "fresh:base", "10000"),
            new Step("java -jar target/orkestrai-api.jar", "fresh:base", "10000"),
            new Step("retort current", "fresh:head", "286dfc4af72c (head)"),
            new Step("retort history", null, "523dbb60ecfe -> 286dfc4af72c (head), add_phone_to_users"),
            new Step("retort heads", null, "286dfc4af72c (head)"),
            new Step("retort revision --autogenerate -m \"description of the change\"", "phone-less:523dbb60ecfe",
                    "Detected added column 'users.phone'"),
            new Step("retort revision -m \"description of the change\"", null, "_description_of_the_change.java ... done"),
            new Step("retort upgrade head", "fresh:base", "Running upgrade 523dbb60ecfe -> 286dfc4af72c, add_phone_to_users"),
            new Step("retort upgrade e337bcfc7a00", "at:base", "Running upgrade 5e00f9470594 -> e337bcfc7a00, seed plans"),
            new Step("retort upgrade +1", null, "Running upgrade e337bcfc7a00 -> 523dbb60ecfe"),
            new Step("retort downgrade -1", "fresh:head", "Running downgrade 286dfc4af72c -> 523dbb60ecfe"),
            new Step("retort downgrade e337bcfc7a00", null, "Running downgrade 523dbb60ecfe -> e337bcfc7a00"),
            new Step("retort downgrade base", null, "Running downgrade 5e00f9470594 -> <base>"),
            new Step("retort revision --autogenerate -m \"add_phone_to_users\"", "phone-less:523dbb60ecfe",
                    "Detected added column 'users.phone'"),
            new Step("retort upgrade head", null, ", add_phone_to_users ("),
            new Step("retort revision -m \"update_free_plan_tokens\"", "fresh:head", "_update_free_plan_tokens.java ... done"),
            new Step(DOCKER + "retort current", "fresh:523dbb60ecfe", "523dbb60ecfe"),
            new Step(DOCKER + "retort upgrade head", null, "Running upgrade 523dbb60ecfe -> 286dfc4af72c"),
            new Step("retort current", "fresh:e337bcfc7a00", "e337bcfc7a00"),
            new Step("retort history", null, "<base> -> 5e00f9470594, create plans and users"),
            new Step("retort upgrade head", null, "Running upgrade e337bcfc7a00 -> 523dbb60ecfe"));

    @TempDir
    Path dir;

    @Test
    void theReadmesCommandsAreTheStepsOfThisTest() throws IOException {
        assertThat(readmeCommands()).containsExactlyElementsOf(STEPS.stream().map(Step::command).toList());
    }

    @Test
    void everyCommandOfTheReadmeRunsAndPrintsWhatItShould() throws Exception {
        Session session = new Session();
        try {
            for (Step step : STEPS) {
                session.prepare(step.before());
                run(session, step);
            }
        } finally {
            session.close();
        }
    }

    private void run(Session session, Step step) throws Exception {
        if (step.command().startsWith("retort ") || step.command().startsWith(DOCKER)) {
            String line = step.command().substring(step.command().startsWith(DOCKER) ? DOCKER.length() : 0);
            Result result = session.deployment.run(session.copy, "bash", "-c", line);
            assertThat(result.status()).as(step.command() + ":\n" + result.output()).isZero();
            assertThat(result.output()).as(step.command()).contains(step.expect());
            if (step.command().contains("--autogenerate -m \"add_phone_to_users\"")) {
                assertThat(body(generated(session.copy, "_add_phone_to_users.java")))
                        .as("the same operations as the committed 286dfc4af72c_add_phone_to_users.java")
                        .isEqualTo(body(Deployment.PROJECT.resolve("migrations/versions/286dfc4af72c_add_phone_to_users.java")));
            }
        } else {
            // Read-only use of the project: the service runs from its folder (the jar at target/orkestrai-api.jar).
            Service service = session.deployment.start(Deployment.PROJECT, step.command());
            Deployment.awaitHealthy(service, Deployment.START_TIMEOUT);
            assertThat(service.http().freeTokens()).as(step.command()).hasToString(step.expect());
            session.deployment.stop(service);
        }
    }

    /** The README's bash blocks: their command lines, without comments. */
    static List<String> readmeCommands() throws IOException {
        List<String> commands = new ArrayList<>();
        boolean inBash = false;
        for (String line : Files.readAllLines(Deployment.PROJECT.resolve("README.md"))) {
            if (line.startsWith("```")) {
                inBash = !inBash && line.equals("```bash");
            } else if (inBash && !line.isBlank() && !line.startsWith("#")) {
                commands.add(line.strip());
            }
        }
        return commands;
    }

    /** A script's upgrade and downgrade methods, without its header (id, revises, created). */
    private static String body(Path script) throws IOException {
        String s = Files.readString(script);
        return s.substring(s.indexOf("implements Migration"));
    }

    private static Path generated(Path copy, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(copy.resolve("migrations/versions"))) {
            return files.filter(p -> p.toString().endsWith(suffix)).findFirst()
                    .orElseThrow(() -> new AssertionError("no *" + suffix + " was written"));
        }
    }

    /** The copy of the project and the database the commands run on, replaced by {@code fresh:} and {@code phone-less:}. */
    private final class Session {
        PostgresDatabase db;
        Deployment deployment;
        Path copy;
        int copies;

        void prepare(String before) throws Exception {
            if (before == null) {
                return;
            }
            String[] how = before.split(":");
            if (!how[0].equals("at")) {
                close();
                db = PostgresDatabase.create();
                Path work = Files.createDirectories(dir.resolve("run" + ++copies));
                deployment = new Deployment(work, db);
                copy = copyProject(work.resolve("orkestrai-api"), how[0].equals("phone-less"));
            }
            if (how[1].equals("base") && !how[0].equals("at")) {
                return; // a new database is at base
            }
            // Through the Java API in this JVM: the same migrations, without one more start of the command line.
            try (Retort retort = Retort.builder().scriptLocation(copy.resolve("migrations")).url(db.url()).user(db.user())
                    .build()) {
                if (how[1].equals("base")) {
                    retort.downgrade("base");
                } else {
                    retort.upgrade(how[1]);
                }
            }
        }

        void close() throws InterruptedException {
            try {
                if (deployment != null) {
                    deployment.close();
                }
            } finally {
                if (db != null) {
                    db.close();
                }
                deployment = null;
                db = null;
            }
        }
    }

    /** The project's migrations, configuration and scripts, and the compiled entities (model_classpath). */
    private static Path copyProject(Path copy, boolean withoutPhone) throws IOException {
        Path project = Deployment.PROJECT;
        for (String folder : List.of("migrations", "target/classes/ai/orkestrai/api/model")) {
            try (Stream<Path> walk = Files.walk(project.resolve(folder))) {
                for (Path p : walk.toList()) {
                    Path to = copy.resolve(project.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(to);
                    } else if (!(withoutPhone && p.getFileName().toString().startsWith("286dfc4af72c_"))) {
                        Files.copy(p, to);
                    }
                }
            }
        }
        Files.copy(project.resolve("retort.properties"), copy.resolve("retort.properties"));
        return copy;
    }
}

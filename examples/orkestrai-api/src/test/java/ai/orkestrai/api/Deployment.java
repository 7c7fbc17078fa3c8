package ai.orkestrai.api;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The service as it is deployed: the built jar ({@code target/orkestrai-api.jar}), the deploy script, and a
 * {@code retort} command on the PATH (the shaded CLI built by this reactor, {@code retort-cli/target/retort.jar},
 * behind a two-line script, as a distribution's {@code bin/retort}). Every process started here is ended by
 * {@link #close()}.
 */
final class Deployment implements AutoCloseable {
    static final Path PROJECT = Path.of("").toAbsolutePath();
    static final Path JAR = Path.of(System.getProperty("orkestrai.jar", "target/orkestrai-api.jar")).toAbsolutePath();
    static final Path CLI_JAR = Path.of(System.getProperty("retort.cli.jar", "../../retort-cli/target/retort.jar")).toAbsolutePath();
    /**
     * How long a start or a command may take before a test calls it stuck: generous, because CI machines are
     * shared (under a load of 50 on two cores a Spring Boot start took over 3 minutes); a quiet one needs seconds.
     */
    static final Duration START_TIMEOUT = Duration.ofMinutes(8);
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    /** A finished command: its exit status and what it wrote (stdout and stderr together, in order). */
    record Result(int status, String output) {
    }

    /** A started service: its port, its process (the deploy script, replaced by java), its log. */
    record Service(int port, Process process, Path log) {
        Http http() {
            return new Http(port);
        }

        String output() {
            try {
                return Files.readString(log);
            } catch (IOException e) {
                return "(no log: " + e + ")";
            }
        }
    }

    private final Path dir;
    private final Path bin;
    private final PostgresDatabase db;
    private final List<Process> started = new ArrayList<>();

    Deployment(Path dir, PostgresDatabase db) throws IOException {
        if (!Files.isRegularFile(JAR) || !Files.isRegularFile(CLI_JAR)) {
            throw new AssertionError("build first (mvn verify): missing " + (Files.isRegularFile(JAR) ? CLI_JAR : JAR));
        }
        this.dir = dir;
        this.db = db;
        this.bin = Files.createDirectories(dir.resolve("bin"));
        Path retort = bin.resolve("retort");
        Files.writeString(retort, "#!/bin/sh\nexec '" + JAVA + "' -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar '" + CLI_JAR
                + "' \"$@\"\n");
        Files.setPosixFilePermissions(retort, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** The environment of the deploy: the database for retort and the service, retort on the PATH. */
    Map<String, String> environment(ProcessBuilder pb) {
        Map<String, String> env = pb.environment();
        env.put("DATABASE_URL", db.url());
        env.put("DATABASE_USER", db.user());
        env.put("DATABASE_PASSWORD", "");
        env.put("PATH", bin + ":" + env.getOrDefault("PATH", "/usr/bin:/bin"));
        env.put("APP_JAR", JAR.toString());
        env.put("JAVA_OPTS", "-Xmx256m");
        // Every JVM of the test (retort, the service, java -jar of the README) starts fastest with C1 alone.
        env.put("JAVA_TOOL_OPTIONS", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC");
        env.remove("RETORT");
        env.remove("RETORT_URL");
        return env;
    }

    /** Runs a command line in the project's folder (as the README's commands run), with the deploy's environment. */
    Result run(Path workDir, String... command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true);
        environment(pb);
        Path out = Files.createTempFile(dir, "cmd", ".log");
        Process p = pb.redirectOutput(out.toFile()).start();
        started.add(p);
        if (!p.waitFor(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            throw new AssertionError(String.join(" ", command) + " did not finish in " + START_TIMEOUT + ":\n"
                    + Files.readString(out));
        }
        return new Result(p.exitValue(), Files.readString(out));
    }

    /** {@code retort ARGS} in the project's folder. */
    Result retort(String... args) throws IOException, InterruptedException {
        return retort(PROJECT, args);
    }

    /** {@code retort ARGS} in {@code workDir}. */
    Result retort(Path workDir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(bin.resolve("retort").toString()));
        command.addAll(List.of(args));
        return run(workDir, command.toArray(String[]::new));
    }

    /** Starts {@code scripts/run_retort_migrations.sh} in the project's folder on a free port; does not wait. */
    Service deploy() throws IOException {
        return start(PROJECT, "scripts/run_retort_migrations.sh");
    }

    /** Starts a command line that runs the service (given a free {@code --server.port}) in {@code workDir}. */
    Service start(Path workDir, String commandLine) throws IOException {
        int port = freePort();
        Path log = Files.createTempFile(dir, "service-" + port, ".log");
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", commandLine + " \"$@\"", "bash",
                "--server.port=" + port, "--spring.main.banner-mode=off")
                .directory(workDir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        environment(pb);
        Process p = pb.start();
        started.add(p);
        return new Service(port, p, log);
    }

    /** Stops a service (as a deploy stops an instance: SIGTERM, then Spring Boot's graceful shutdown). */
    void stop(Service service) throws InterruptedException {
        service.process().descendants().forEach(ProcessHandle::destroy);
        service.process().destroy();
        if (!service.process().waitFor(30, TimeUnit.SECONDS)) {
            service.process().destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** Waits until the service's health is UP (the starter's retort check included). */
    static void awaitHealthy(Service service, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            if (!service.process().isAlive()) {
                throw new AssertionError("the service on port " + service.port() + " exited with "
                        + service.process().exitValue() + ":\n" + service.output());
            }
            try {
                Http.Response health = service.http().get("/actuator/health");
                if (health.status() == 200) {
                    return;
                }
                last = health.toString();
            } catch (AssertionError notYet) {
                last = notYet.getMessage();
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the service on port " + service.port() + " was not healthy within " + timeout
                + " (" + last + "):\n" + service.output());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        for (Process p : started) {
            p.descendants().forEach(ProcessHandle::destroy);
            p.destroy();
        }
        for (Process p : started) {
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }
}

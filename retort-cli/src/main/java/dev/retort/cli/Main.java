package dev.retort.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

/**
 * The {@code retort} command line.
 *
 * <pre>{@code
 * int status = Main.run(new String[] {"upgrade", "head"}, Path.of("."), System.getenv(), System.out, System.err);
 * }</pre>
 *
 * <p>Exit status: 0 on success, 1 for a user's error or a database's refusal ({@code ERROR: ...} on
 * stderr), 2 for a malformed command line, 70 for a bug in Retort (with its stack trace).
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (GlobalOptions.versionOnly(args)) {
            System.out.println(Version.line());
            System.out.flush();
            System.exit(0);
        }
        // JDBC drivers log through java.util.logging straight to stderr, bypassing redaction: pgjdbc, for
        // one, prints a URL's password as an "invalid port number". Retort reports what matters itself. Set up
        // (about 20 ms) on a thread of its own while picocli builds its model, and done before the command runs.
        Thread quietLogging = new Thread(() -> java.util.logging.LogManager.getLogManager().reset(), "retort-logging");
        quietLogging.setDaemon(true);
        quietLogging.start();
        // System.console() is there when the process talks to a terminal: then a live progress line, and colour.
        int status = run(args, Path.of("").toAbsolutePath(), System.getenv(), System.out, System.err, System.console() != null,
                () -> joinUninterruptibly(quietLogging));
        System.out.flush();
        if (Boolean.getBoolean(RECORDING_ARCHIVE)) {
            // The launcher records its class-data archive from this run: load what every other command's parse
            // needs too (picocli and every command's model), so that a first `upgrade head`, which skips picocli,
            // leaves an archive that still serves `revision`, `lint` or `--help`.
            CommandLines.create(new Invocation(Path.of(""), Map.of(), System.out, System.err, new Secrets()));
        }
        System.exit(status);
    }

    /**
     * The system property the launchers set ({@code -Dretort.recordingArchive=true}) on the run that records the
     * class-data archive (-XX:ArchiveClassesAtExit).
     */
    static final String RECORDING_ARCHIVE = "retort.recordingArchive";

    /**
     * Runs one command in this JVM.
     *
     * @param cwd the working folder: relative paths in arguments resolve against it
     * @param env the environment ({@code RETORT_URL}, {@code DATABASE_URL}, {@code ${env:NAME}} references)
     * @return the exit status
     */
    public static int run(String[] args, Path cwd, Map<String, String> env, PrintStream out, PrintStream err) {
        return run(args, cwd, env, out, err, false);
    }

    /** @param terminal whether stderr is a terminal: a live progress line, and colour unless {@code NO_COLOR} is set */
    static int run(String[] args, Path cwd, Map<String, String> env, PrintStream out, PrintStream err, boolean terminal) {
        return run(args, cwd, env, out, err, terminal, () -> { });
    }

    /** @param beforeCommand run once the command line is parsed into its model, before the command runs */
    private static int run(String[] args, Path cwd, Map<String, String> env, PrintStream out, PrintStream err,
            boolean terminal, Runnable beforeCommand) {
        if (GlobalOptions.versionOnly(args)) {
            // Answered before picocli builds its command model (most of a start-up): the same line it prints.
            out.println(Version.line());
            out.flush();
            return 0;
        }
        Invocation invocation = new Invocation(cwd.toAbsolutePath().normalize(), Map.copyOf(env), out, err, new Secrets(),
                terminal);
        invocation.secrets().addUrlsFrom(args, env);
        // The deploy path's command lines skip picocli's model (about 60 ms of a start-up); any other goes through it.
        BaseCommand quick = QuickCommandLine.parse(invocation, args);
        int status;
        if (quick != null) {
            beforeCommand.run();
            status = QuickCommandLine.execute(quick, invocation);
        } else {
            picocli.CommandLine commandLine = CommandLines.create(invocation, args);
            beforeCommand.run();
            status = commandLine.execute(args);
        }
        out.flush();
        err.flush();
        return status;
    }

    private static void joinUninterruptibly(Thread thread) {
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}

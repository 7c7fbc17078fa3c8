package dev.retort.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.error.ErrorCode;
import dev.retort.error.MigrationFailedException;
import dev.retort.error.RetortException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

class ErrorsTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private ErrorReporter reporter(String... secrets) {
        PrintStream stream = new PrintStream(err, true, StandardCharsets.UTF_8);
        Secrets known = new Secrets();
        for (String secret : secrets) {
            known.add(secret);
        }
        return new ErrorReporter(new Invocation(dir, Map.of(), stream, stream, known));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** {@code -c} pointed at the database file by mistake: one line saying it is not a configuration (was "Input length = 1"). */
    @Test
    void aBinaryConfigurationFileSaysItIsNotText() throws java.io.IOException {
        java.nio.file.Path file = dir.resolve("retort.db");
        java.nio.file.Files.write(file, new byte[] {'S', 'Q', 'L', 0, (byte) 0xff, (byte) 0xfe, 1, 2});
        CliRun run = CliRun.run(dir, "-c", "retort.db", "current");
        assertEquals(1, run.status(), run.all());
        assertEquals("ERROR: " + file + " is not a text file in UTF-8; a configuration is a properties file such as "
                + "the one 'retort init' writes (script_location = migrations)\n", run.err());
    }

    @Test
    void aRetortExceptionIsOneRedactedLineAndStatus1() {
        int status = reporter("s3cret").report(new MigrationFailedException("1975ea83b712", "CREATE x",
                "connection to postgresql://app:s3cret@db/app refused; password s3cret", new IllegalStateException("x")), null);
        assertEquals(1, status);
        assertEquals("ERROR: connection to postgresql://app:***@db/app refused; password ***\n", err());
    }

    @Test
    void anythingElseIsABugWithItsTraceAndStatus70() {
        int status = reporter("s3cret").report(new UnsupportedOperationException("TODO s3cret"), null);
        assertEquals(70, status);
        assertTrue(err().startsWith("retort: internal error (a bug in Retort); please report it with this trace:\n"
                + "java.lang.UnsupportedOperationException: TODO ***\n\tat "), err());
        assertFalse(err().contains("s3cret"));
    }

    @Test
    void aUsageErrorIsTheProblemASynopsisAndAHintWithStatus2() {
        CommandLine commandLine = CommandLines.create(new Invocation(dir, Map.of(), System.out, System.err, new Secrets()));
        int status = reporter().report(new CommandLine.ParameterException(commandLine.getSubcommands().get("heads"),
                "Unknown option: '--url2=postgresql://u:s3cret@h/db'"), null);
        assertEquals(2, status);
        assertEquals("""
                Unknown option: '--url2=postgresql://u:***@h/db'
                Usage: retort heads [-hqvV] [-c=FILE] [--output=text|json] [--url=URL] [-x=KEY=VALUE]...
                Try 'retort heads --help' for more information.
                """, err());
    }

    @Test
    void aMissingConfigFileSaysWhatToDo() {
        CliRun run = CliRun.run(dir, "heads");
        assertEquals(1, run.status());
        assertEquals("ERROR: no retort.properties in " + dir + "; run 'retort init <dir>' or pass -c FILE\n", run.err());
        assertEquals("", run.out());
    }

    @Test
    void aCommandThatNeedsADatabaseSaysWhereAUrlCanComeFrom() throws IOException {
        Files.writeString(dir.resolve("retort.properties"), "script_location = migrations\n");
        CliRun run = CliRun.run(dir, "current");
        assertEquals(1, run.status());
        assertEquals("ERROR: no database URL: pass --url, set RETORT_URL or DATABASE_URL, or set url in "
                + dir.resolve("retort.properties") + "\n", run.err());
    }

    @Test
    void aRangeWithoutSqlIsABadArgument() {
        CliRun run = CliRun.run(dir, "upgrade", "ae10:head");
        assertEquals(1, run.status());
        assertTrue(run.err().startsWith("ERROR: a range such as ae10:head needs --sql"), run.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"--url", "RETORT_URL", "DATABASE_URL", "file"})
    void aBadUrlNeverShowsItsPassword(String where) throws IOException {
        String url = "postgresql://u:s3cret@127.0.0.1:notaport/db";
        Files.writeString(dir.resolve("retort.properties"),
                "script_location = migrations\n" + (where.equals("file") ? "url = " + url + "\n" : ""));
        CliRun run = switch (where) {
            case "--url" -> CliRun.run(dir, "current", "--url", url);
            case "file" -> CliRun.run(dir, "current");
            default -> CliRun.run(dir, Map.of(where, url), "current");
        };
        assertEquals(1, run.status(), run.err());
        assertEquals("ERROR: bad database URL 'postgresql://u:***@127.0.0.1:notaport/db': port 'notaport' is not a number"
                + " from 1 to 65535 (a password with ':', '/', '?' or '@' must be percent-encoded)\n", run.err());
        assertFalse(run.all().contains("s3cret"));
    }

    @Test
    void aPasswordFromTheEnvironmentIsHiddenInEveryError() throws IOException {
        // The file's password comes from ${env:...}; the URL is malformed in a way patterns cannot see.
        Files.writeString(dir.resolve("retort.properties"), """
                script_location = migrations
                password = ${env:DB_PASSWORD}
                url = jdbc:postgresql://127.0.0.1:1/db
                """);
        CliRun run = CliRun.run(dir, Map.of("DB_PASSWORD", "s3cret"), "upgrade", "head", "--url", "oracle:s3cret");
        assertEquals(1, run.status());
        assertEquals("ERROR: bad database URL 'oracle:***': not a database URL;"
                + " use a jdbc: URL or postgresql://, mysql://, mariadb://, sqlite:///, h2:\n", run.err());
    }

    @Test
    void theStubFacadeIsABug() throws IOException {
        Files.writeString(dir.resolve("retort.properties"), "script_location = migrations\n");
        CliRun run = CliRun.run(dir, "heads");
        // Until dev.retort.Retort is implemented, every engine command ends here.
        if (run.status() == 70) {
            assertTrue(run.err().contains("java.lang.UnsupportedOperationException"), run.err());
        }
    }

    @Test
    void errorCodesAreNotExitCodes() {
        for (ErrorCode code : ErrorCode.values()) {
            err.reset();
            assertEquals(1, reporter().report(new RetortException(code, "m"), null));
            assertEquals("ERROR: m\n", err());
        }
    }
}

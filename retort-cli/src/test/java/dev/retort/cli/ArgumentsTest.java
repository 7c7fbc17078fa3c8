package dev.retort.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/** Parsing only: which command, which options, which values. Nothing runs. */
class ArgumentsTest {
    @TempDir
    Path dir;

    private ParseResult parse(String... args) {
        PrintStream sink = new PrintStream(new ByteArrayOutputStream());
        Invocation invocation = new Invocation(dir, Map.of(), sink, sink, new Secrets());
        return CommandLines.create(invocation).parseArgs(args);
    }

    private static RetortCommand root(ParseResult result) {
        return (RetortCommand) result.commandSpec().userObject();
    }

    private static Object command(ParseResult result) {
        return result.subcommand().commandSpec().userObject();
    }

    @Test
    void globalOptionsWorkBeforeTheCommand() {
        ParseResult result = parse("-c", "app.properties", "--url", "jdbc:h2:mem:x", "-x", "tenant=acme", "-q", "upgrade", "head");
        RetortCommand root = root(result);
        assertEquals("app.properties", root.config);
        assertEquals("jdbc:h2:mem:x", root.url);
        assertEquals(Map.of("tenant", "acme"), root.arguments);
        assertTrue(root.quiet);
        assertEquals("head", ((UpgradeCommand) command(result)).target);
    }

    @Test
    void globalOptionsWorkAfterTheCommand() {
        ParseResult result = parse("upgrade", "head", "--config=app.properties", "--url=jdbc:h2:mem:x", "-x", "a=1", "-xb=2=3", "--quiet");
        RetortCommand root = root(result);
        assertEquals("app.properties", root.config);
        assertEquals("jdbc:h2:mem:x", root.url);
        assertEquals(Map.of("a", "1", "b", "2=3"), root.arguments);
        assertTrue(root.quiet);
    }

    @Test
    void defaultsWhenNoGlobalOptionIsGiven() {
        RetortCommand root = root(parse("heads"));
        assertNull(root.config);
        assertNull(root.url);
        assertEquals(Map.of(), root.arguments);
        assertFalse(root.quiet);
    }

    @Test
    void relativeTargetsAreNotOptions() {
        assertEquals("-1", ((DowngradeCommand) command(parse("downgrade", "-1"))).target);
        assertEquals("+2", ((UpgradeCommand) command(parse("upgrade", "+2"))).target);
        assertEquals("ae10-2", ((DowngradeCommand) command(parse("downgrade", "ae10-2"))).target);
    }

    @Test
    void revisionOptions() {
        RevisionCommand revision = (RevisionCommand) command(parse("revision", "-m", "create account table",
                "--rev-id", "1975ea83b712", "--head", "shop@head", "--splice", "--branch-label", "shop,cart",
                "--depends-on", "ae10", "--depends-on", "27c6", "--version-path", "other/versions", "--format", "sql"));
        assertEquals("create account table", revision.message);
        assertEquals("1975ea83b712", revision.revId);
        assertEquals("shop@head", revision.head);
        assertTrue(revision.splice);
        assertEquals(List.of("shop", "cart"), revision.branchLabels);
        assertEquals(List.of("ae10", "27c6"), revision.dependsOn);
        assertEquals("other/versions", revision.versionPath);
        assertEquals(Format.SQL, revision.format);
    }

    @Test
    void mergeStampHistoryOptions() {
        MergeCommand merge = (MergeCommand) command(parse("merge", "heads", "-m", "merge", "--rev-id", "53fffde5ad5"));
        assertEquals(List.of("heads"), merge.revisions);
        assertEquals("merge", merge.message);
        assertEquals("53fffde5ad5", merge.revId);
        StampCommand stamp = (StampCommand) command(parse("stamp", "head", "--purge", "--sql"));
        assertTrue(stamp.purge && stamp.sql);
        HistoryCommand history = (HistoryCommand) command(parse("history", "-r", "-3:", "-v", "-i"));
        assertEquals("-3:", history.range);
        assertTrue(history.verbose && history.indicateCurrent);
        UpgradeCommand upgrade = (UpgradeCommand) command(parse("upgrade", "ae10:head", "--sql"));
        assertTrue(upgrade.sql);
        InitCommand init = (InitCommand) command(parse("init", "migrations", "--format", "SQL"));
        assertEquals(Format.SQL, init.format);
        assertEquals(Format.JAVA, ((InitCommand) command(parse("init", "m"))).format);
    }

    @ParameterizedTest
    @ValueSource(strings = {"upgrade head --bogus", "bogus", "upgrade", "upgrade a b", "-x nokey heads",
            "revision --format kotlin", "history -r", "merge -m x", ""})
    void malformedCommandLinesExitWith2AndAUsageHint(String line) {
        CliRun run = CliRun.run(dir, line.isEmpty() ? new String[0] : line.split(" "));
        assertEquals(2, run.status(), run.err());
        assertEquals("", run.out());
        assertTrue(run.err().contains("Usage: retort"), run.err());
        assertTrue(run.err().contains("--help' for more information."), run.err());
    }

    @Test
    void aMisspelledCommandGetsASuggestion() {
        CliRun run = CliRun.run(dir, "upgrde", "head");
        assertEquals(2, run.status());
        assertTrue(run.err().startsWith("Unmatched arguments from index 0: 'upgrde', 'head'"), run.err());
        assertTrue(run.err().contains("Did you mean: retort upgrade"), run.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "init", "revision", "merge", "upgrade", "downgrade", "stamp", "current", "history",
            "heads", "branches", "show"})
    void everyCommandHasHelpAndVersion(String name) {
        String[] help = name.isEmpty() ? new String[] {"--help"} : new String[] {name, "--help"};
        CliRun run = CliRun.run(dir, help);
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().startsWith("Usage: retort" + (name.isEmpty() ? "" : " " + name)), run.out());
        assertTrue(run.out().contains("--config=FILE"), run.out());
        String[] version = name.isEmpty() ? new String[] {"--version"} : new String[] {name, "-V"};
        CliRun v = CliRun.run(dir, version);
        assertEquals(0, v.status());
        assertTrue(v.out().matches("retort \\d+\\.\\d+\\.\\d+(-SNAPSHOT)? \\(Java .*\\)\\R"), v.out());
    }

    @Test
    void topLevelVersionIsWhatPicocliPrintsForACommand() {
        CliRun viaPicocli = CliRun.run(dir, "upgrade", "--version");
        for (String option : List.of("-V", "--version")) {
            CliRun v = CliRun.run(dir, option);
            assertEquals(0, v.status(), v.err());
            assertEquals(viaPicocli.out(), v.out());
            assertEquals("", v.err());
        }
    }

    @Test
    void topLevelHelpListsEveryCommand() {
        String out = CliRun.run(dir, "--help").out();
        for (String name : List.of("init", "revision", "merge", "upgrade", "downgrade", "stamp", "current", "history",
                "heads", "branches", "show")) {
            assertTrue(out.contains("  " + name + " "), name + " missing in\n" + out);
        }
    }

    @Test
    void parseErrorsAreParameterExceptions() {
        assertInstanceOf(CommandLine.ParameterException.class,
                org.junit.jupiter.api.Assertions.assertThrows(Exception.class, () -> parse("upgrade", "--nope")));
    }
}

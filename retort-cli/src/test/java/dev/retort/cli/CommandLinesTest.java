package dev.retort.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A command line builds the model of the command it names alone (issue 12: a third of a start-up), else of all. */
class CommandLinesTest {
    @TempDir
    Path dir;

    private Set<String> registered(String... args) {
        Invocation invocation = new Invocation(dir, Map.of(), System.out, System.err, new Secrets());
        return CommandLines.create(invocation, args).getSubcommands().keySet();
    }

    @Test
    void theNamedCommandAloneAfterGlobalOptionsInEveryForm() {
        assertEquals("current", CommandLines.commandName(new String[] {"--url", "jdbc:h2:mem:x", "current"}));
        assertEquals("upgrade", CommandLines.commandName(new String[] {"-c", "app.properties", "-q", "upgrade", "head"}));
        assertEquals("history", CommandLines.commandName(new String[] {"--url=jdbc:h2:mem:x", "-x", "k=v", "--output", "json",
                "history", "--help"}));
        assertEquals(Set.of("current"), registered("--url", "jdbc:h2:mem:x", "current"));
        // Inherited global options still reach the command when it is registered alone.
        assertEquals(Set.of("upgrade"), registered("-q", "upgrade", "head"));
        assertEquals(true, CommandLines.create(new Invocation(dir, Map.of(), System.out, System.err, new Secrets()),
                new String[] {"upgrade", "head", "-q"}).getSubcommands().get("upgrade").getCommandSpec().findOption("--url") != null);
    }

    @Test
    void everyCommandForHelpVersionUnknownNamesAndOptionsItCannotPlace() {
        int all = registered().size();
        assertEquals(CommandLines.commands().size(), all);
        for (String[] args : new String[][] {{}, {"--help"}, {"-h", "upgrade"}, {"help", "upgrade"}, {"-V"},
                {"upgrad"}, {"--bogus", "current"}, {"-cfile", "current"}, {"--", "current"}}) {
            assertEquals(all, registered(args).size(), String.join(" ", args));
        }
        assertNull(CommandLines.commandName(new String[] {"--url"}));
    }

    @Test
    void theGlobalOptionsAreThoseOfTheRootCommand() {
        Set<String> withValue = new java.util.HashSet<>();
        Set<String> flags = new java.util.HashSet<>();
        for (java.lang.reflect.Field field : RetortCommand.class.getDeclaredFields()) {
            picocli.CommandLine.Option option = field.getAnnotation(picocli.CommandLine.Option.class);
            if (option != null) {
                (field.getType() == boolean.class ? flags : withValue).addAll(List.of(option.names()));
            }
        }
        assertEquals(withValue, CommandLines.GLOBAL_WITH_VALUE);
        assertEquals(flags, CommandLines.GLOBAL_FLAGS);
    }

    @Test
    void theVersionAfterGlobalOptionsIsAnsweredWithoutAModel() {
        assertEquals(true, CommandLines.versionOnly(new String[] {"--version"}));
        assertEquals(true, CommandLines.versionOnly(new String[] {"--url", "jdbc:h2:mem:x", "-q", "-V"}));
        assertEquals(false, CommandLines.versionOnly(new String[] {"--url", "--version"}), "--version is the URL here");
        assertEquals(false, CommandLines.versionOnly(new String[] {"current", "--version"}));
        assertEquals(false, CommandLines.versionOnly(new String[] {"--version", "current"}));
        assertEquals(false, CommandLines.versionOnly(new String[] {}));
    }

    @Test
    void scriptArgumentsGivenBeforeAndAfterTheCommandAreAllKept() {
        // picocli resets an inherited option when it parses the command, which dropped the -x values before it.
        for (String line : List.of("-x a=b -x k=1 lint -x c=d=e -x k=2", "-xa=b -x k=1 upgrade head -x c=d=e -xk=2")) {
            String[] args = line.split(" ");
            Invocation invocation = new Invocation(dir, Map.of(), System.out, System.err, new Secrets());
            picocli.CommandLine.ParseResult result = CommandLines.keepGlobalOptions(CommandLines.create(invocation, args)
                    .parseArgs(args));
            RetortCommand root = (RetortCommand) result.commandSpec().userObject();
            assertEquals(Map.of("a", "b", "k", "2", "c", "d=e"), root.arguments, line);
            assertEquals(List.of("a", "k", "c"), List.copyOf(root.arguments.keySet()), line);
        }
    }

    @Test
    void quietGivenBeforeAndAfterTheCommandIsQuiet() {
        for (String line : List.of("-q lint -q", "--quiet upgrade head -q", "-q current --quiet", "lint -q", "-q heads")) {
            String[] args = line.split(" ");
            Invocation invocation = new Invocation(dir, Map.of(), System.out, System.err, new Secrets());
            picocli.CommandLine.ParseResult result = CommandLines.keepGlobalOptions(CommandLines.create(invocation, args)
                    .parseArgs(args));
            assertEquals(true, ((RetortCommand) result.commandSpec().userObject()).quiet, line);
        }
    }
}

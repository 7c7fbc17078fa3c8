package dev.retort.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The deploy path's command lines parsed without picocli (issue 12) leave every field as picocli's parse does, and
 * whatever that parse does not take on purpose goes to picocli.
 */
class QuickCommandLineTest {
    /** The options of the commands taken that only picocli parses: help, version, and running over many targets. */
    private static final Set<String> LEFT_TO_PICOCLI = Set.of("-h", "--help", "-V", "--version", "--targets",
            "--targets-query", "--parallel", "--on-error", "--canary");

    @TempDir
    Path dir;

    private Invocation invocation() {
        return new Invocation(dir, Map.of(), System.out, System.err, new Secrets());
    }

    @Test
    void theLinesADeployAndAnOperatorTypeAreTakenAndSetWhatPicocliSets() {
        for (String line : List.of(
                "upgrade head",
                "--url jdbc:h2:mem:x upgrade head",
                "upgrade head --url=jdbc:h2:mem:x -q",
                "-c app.properties --quiet downgrade base",
                "--output json current",
                "--output=JSON heads -v",
                "current --verbose --url jdbc:postgresql://db/app?user=a&password=b",
                "history -r base:head --verbose -i",
                "history --rev-range=ae10: --applied --graph -c other.properties",
                "upgrade head --wait 30s --lock-timeout=2m --retries 3 --allow-changed --no-lint",
                "-x a=b -x c=d=e -x a=z upgrade head",
                "upgrade head -x a=z -x empty= -x c=d=e",
                "-x a=b upgrade head -x c=d -x a=z",
                "downgrade base --resume --retries=0",
                "upgrade ae10:head --sql",
                "upgrade head --retry --output text",
                "downgrade b000000003e7 --sql -q",
                "--url= upgrade label@head")) {
            String[] args = line.split(" ");
            BaseCommand quick = QuickCommandLine.parse(invocation(), args);
            assertNotNull(quick, line);
            assertSameState(picocli(args), quick, line);
        }
    }

    @Test
    void everyOptionTakenAloneSetsWhatPicocliSets() {
        for (String command : QuickCommandLine.commands()) {
            CommandLine.Model.CommandSpec spec = CommandLines.create(invocation(), new String[] {command})
                    .getSubcommands().get(command).getCommandSpec();
            for (OptionSpec option : spec.options()) {
                for (String name : option.names()) {
                    if (LEFT_TO_PICOCLI.contains(name)) {
                        continue;
                    }
                    List<String> args = new ArrayList<>(List.of(command));
                    if (command.endsWith("grade")) {
                        args.add("head");
                    }
                    args.add(name);
                    if (option.arity().max() > 0) {
                        Class<?> type = option.type();
                        args.add(type == int.class ? "7" : Map.class.isAssignableFrom(type) ? "k=v" : type.isEnum() ? "json"
                                : "some-value");
                    }
                    String[] line = args.toArray(String[]::new);
                    BaseCommand quick = QuickCommandLine.parse(invocation(), line);
                    assertNotNull(quick, String.join(" ", line));
                    assertSameState(picocli(line), quick, String.join(" ", line));
                }
            }
        }
    }

    @Test
    void eachOptionOfTheCommandsTakenIsTakenOrLeftToPicocliOnPurpose() {
        Set<String> global = new HashSet<>(GlobalOptions.WITH_VALUE);
        global.addAll(GlobalOptions.FLAGS);
        for (String command : QuickCommandLine.commands()) {
            Set<String> picocli = new TreeSet<>();
            CommandLines.create(invocation(), new String[] {command}).getSubcommands().get(command).getCommandSpec()
                    .options().forEach(o -> picocli.addAll(Arrays.asList(o.names())));
            Set<String> decided = new TreeSet<>(QuickCommandLine.options(command));
            decided.addAll(global);
            decided.addAll(LEFT_TO_PICOCLI);
            decided.retainAll(picocli);
            assertEquals(picocli, decided, command + ": an option neither taken nor left to picocli");
            assertEquals(true, picocli.containsAll(QuickCommandLine.options(command)), command + ": an option picocli lacks");
        }
    }

    @Test
    void anythingElseIsLeftToPicocli() {
        for (String line : List.of("", "--help", "-h upgrade", "help upgrade", "upgrade --help", "upgrade -h head",
                "upgrade head -V", "upgrade", "upgrade a b", "current x", "downgrade -1", "history -r -3:",
                "-qv current", "current -vq", "-- current", "current --", "@args current", "current @args",
                "upgrade head --retries x", "upgrade head --retries +1", "--output yaml current", "-x novalue current",
                "-q -q current", "--quiet -q current", "--url a --url b current", "current -v --verbose", "--url",
                "current --url", "--quiet=true current", "upgrade head --no-lint=false", "downgrade base --no-lint",
                "upgrade head --targets f", "upgrade head --parallel 2", "current --on-error continue", "stamp head",
                "lint", "revision -m x", "-cfile current", "--url --quiet current", "--url=jdbc:x --bogus current",
                "upgrad head", "Upgrade head", "-q upgrade head -q")) {
            String[] args = line.isEmpty() ? new String[0] : line.split(" ");
            assertNull(QuickCommandLine.parse(invocation(), args), line);
        }
    }

    private BaseCommand picocli(String[] args) {
        CommandLine commandLine = CommandLines.create(invocation(), args);
        CommandLine.ParseResult result = CommandLines.keepGlobalOptions(commandLine.parseArgs(args));
        return (BaseCommand) result.subcommand().commandSpec().userObject();
    }

    /** The fields of both, followed into the root command and the mixins; picocli's spec by the command's name. */
    private static void assertSameState(Object expected, Object actual, String line) {
        assertEquals(state(expected), state(actual), line);
        assertSame(((BaseCommand) expected).root.invocation.getClass(), ((BaseCommand) actual).root.invocation.getClass());
        assertEquals(((BaseCommand) expected).name(), ((BaseCommand) actual).name(), line);
    }

    private static Map<String, Object> state(Object object) {
        Map<String, Object> state = new TreeMap<>();
        for (Class<?> c = object.getClass(); c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) || field.getName().equals("spec")
                        || field.getName().equals("quickName") || field.getType() == Invocation.class) {
                    continue;
                }
                field.setAccessible(true);
                Object value;
                try {
                    value = field.get(object);
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
                boolean ours = value != null && value.getClass().getPackageName().equals("dev.retort.cli")
                        && !value.getClass().isEnum();
                state.put(c.getSimpleName() + "." + field.getName(), ours ? state(value) : value);
            }
        }
        return state;
    }
}
